import { describe, expect, it } from 'vitest';
import { parseSeed } from './seed-format';

describe('parseSeed', () => {
  const valid = {
    records: {
      Contact: [{ ref: 'ada', LastName: 'Lovelace', Email: 'ada@acme.example', AccountId: '@acme', Seats__c: 3, Active__c: true, Phone: null }],
      Account: [{ ref: 'acme', Id: '0015g00000AbCdEAAZ', Name: 'Acme' }],
    },
  };

  it('accepts the documented format, as an object or as JSON text', () => {
    expect(parseSeed(valid)).toEqual(valid);
    expect(parseSeed(JSON.stringify(valid))).toEqual(valid);
  });

  it('names the JSON syntax problem when the text is not JSON', () => {
    expect(() => parseSeed('{ "records": ')).toThrow(/^Seed is not valid JSON: /);
  });

  it('requires a records object of arrays', () => {
    expect(() => parseSeed({})).toThrow(/- records: /);
    expect(() => parseSeed({ records: { Account: { Name: 'Acme' } } })).toThrow(/- records\.Account: /);
    expect(() => parseSeed([])).toThrow(/Invalid seed/);
  });

  it('rejects unknown top-level keys, so a typo is not silently ignored', () => {
    expect(() => parseSeed({ records: {}, record: {} })).toThrow('- (root): Unrecognized key: "record"');
  });

  it('points at the record and field holding a value JSON cannot seed', () => {
    const bad = { records: { Account: [{ Name: 'Acme' }, { Name: { first: 'x' } }] } };
    expect(() => parseSeed(bad)).toThrow('- records.Account[1].Name: expected a string, number, boolean or null');
  });

  it('lists every problem at once', () => {
    const bad = { records: { Account: [{ Name: [] }], Contact: [{ LastName: 'x', Email: {} }] } };
    const message = (() => {
      try {
        parseSeed(bad);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('records.Account[0].Name');
    expect(message).toContain('records.Contact[0].Email');
  });

  it('rejects refs that could not be written after "@" and IDs that are not Salesforce IDs', () => {
    expect(() => parseSeed({ records: { Account: [{ ref: 'has space', Name: 'A' }] } })).toThrow('records.Account[0].ref');
    expect(() => parseSeed({ records: { Account: [{ ref: 7, Name: 'A' }] } })).toThrow('records.Account[0].ref');
    expect(() => parseSeed({ records: { Account: [{ Id: '001-bad', Name: 'A' }] } })).toThrow('records.Account[0].Id');
  });
});
