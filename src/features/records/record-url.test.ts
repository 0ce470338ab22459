import { describe, expect, it } from 'vitest';
import { lightningNewRecordUrl, lightningRecordUrl } from './record-url';

describe('lightningRecordUrl', () => {
  it("points at the record's Lightning page", () => {
    expect(lightningRecordUrl('https://demo.my.salesforce.com/', 'Contact', '003000000000001AAA')).toBe(
      'https://demo.my.salesforce.com/lightning/r/Contact/003000000000001AAA/view',
    );
  });
});

describe('lightningNewRecordUrl', () => {
  it('pre-fills fields in encodeDefaultFieldValues format, each value encoded once', () => {
    const url = lightningNewRecordUrl('https://demo.my.salesforce.com', 'Contact', {
      FirstName: 'Seán',
      LastName: "O'Brien, Jr.",
      Email: "sean.o'brien+vip@kestrel.example",
      Description: 'a=b&c',
    });

    expect(url).toBe(
      'https://demo.my.salesforce.com/lightning/o/Contact/new?defaultFieldValues=' +
        "FirstName=Se%C3%A1n,LastName=O'Brien%2C%20Jr.,Email=sean.o'brien%2Bvip%40kestrel.example,Description=a%3Db%26c",
    );
    const pairs = url.split('?defaultFieldValues=')[1]?.split(',').map((pair) => pair.split('='));
    expect(pairs?.map(([field, value]) => [field, decodeURIComponent(value ?? '')])).toEqual([
      ['FirstName', 'Seán'],
      ['LastName', "O'Brien, Jr."],
      ['Email', "sean.o'brien+vip@kestrel.example"],
      ['Description', 'a=b&c'],
    ]);
  });

  it('leaves the parameter out when there is nothing to pre-fill', () => {
    expect(lightningNewRecordUrl('https://demo.my.salesforce.com', 'Lead', {})).toBe('https://demo.my.salesforce.com/lightning/o/Lead/new');
  });
});
