import { describe, expect, it } from 'vitest';
import { buildStandardDescribes, dependentPicklist, encodeValidFor, type FieldDescribe } from './index';
import { readFixture, type RecordedDescribe } from './test-support/fixtures';

/** How a client reads validFor: base64 bitmap, bit i (MSB first in each byte) = controlling value i. */
function decodeValidFor(validFor: string): number[] {
  const bytes = [...atob(validFor)].map((c) => c.charCodeAt(0));
  return bytes.flatMap((byte, b) => [0, 1, 2, 3, 4, 5, 6, 7].filter((i) => byte & (0x80 >> i)).map((i) => b * 8 + i));
}

/** The dependent values a client would offer once the controlling field is set to `controllingValue`. */
function allowedValues(dependent: FieldDescribe, controller: FieldDescribe, controllingValue: string): string[] {
  const index = controller.picklistValues.findIndex((p) => p.value === controllingValue);
  return dependent.picklistValues.filter((p) => p.validFor !== null && decodeValidFor(p.validFor).includes(index)).map((p) => p.value);
}

describe('dependent picklists', () => {
  const serviceRequest = buildStandardDescribes('https://demo.my.salesforce.com').find((d) => d.name === 'Account_Service_Request__c');
  const fieldOf = (name: string) => {
    const found = serviceRequest?.fields.find((f) => f.name === name);
    if (!found) throw new Error(name);
    return found;
  };

  it('Subcategory__c depends on Category__c, value by value', () => {
    const category = fieldOf('Category__c');
    const subcategory = fieldOf('Subcategory__c');
    expect(subcategory.dependentPicklist).toBe(true);
    expect(subcategory.controllerName).toBe('Category__c');
    expect(allowedValues(subcategory, category, 'Hardware')).toEqual(['Laptop', 'Monitor']);
    expect(allowedValues(subcategory, category, 'Software')).toEqual(['Install', 'Licence', 'Bug']);
    expect(allowedValues(subcategory, category, 'Billing')).toEqual(['Invoice', 'Refund']);
    expect(category.picklistValues.every((p) => p.validFor === null)).toBe(true);
  });

  it('a value allowed by several controlling values carries every bit', () => {
    const entries = dependentPicklist(['A', 'B', 'C'], { A: ['x'], C: ['x', 'y'] });
    expect(entries.map((e) => [e.value, decodeValidFor(e.validFor ?? '')])).toEqual([['x', [0, 2]], ['y', [2]]]);
  });

  it('encodes exactly what real orgs send, including the trimmed length', () => {
    const recorded = readFixture<RecordedDescribe>('describe-Account-v58-nango.json');
    const entries = recorded.fields
      .filter((f) => f.dependentPicklist === true)
      .flatMap((f) => f.picklistValues as { validFor: string }[]);
    expect(entries.length).toBeGreaterThan(500);
    for (const { validFor } of entries) expect(encodeValidFor(decodeValidFor(validFor))).toBe(validFor);
  });

  it('decodes a recorded dependent picklist the way Salesforce documents it', () => {
    const recorded = readFixture<RecordedDescribe>('describe-Account-v53-swiftlysalesforce.json');
    const cities = recorded.fields.find((f) => f.name === 'playgroundorg__Controlled_Picklist__c') as unknown as FieldDescribe;
    const countries = recorded.fields.find((f) => f.name === 'playgroundorg__Controlling_Picklist__c') as unknown as FieldDescribe;
    expect(allowedValues(cities, countries, 'Italy')).toEqual(['Milan', 'Rome']);
    expect(allowedValues(cities, countries, 'Israel')).toEqual(['Netanya', 'Tel Aviv']);
  });
});

describe('picklist values', () => {
  const describes = buildStandardDescribes('https://demo.my.salesforce.com');
  const values = (sobject: string, name: string) =>
    describes.find((d) => d.name === sobject)?.fields.find((f) => f.name === name)?.picklistValues ?? [];

  it.each([
    ['Lead', 'Status', ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted']],
    ['Opportunity', 'StageName', ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost']],
    ['Case', 'Status', ['New', 'Working', 'Escalated', 'Closed']],
    ['Case', 'Origin', ['Phone', 'Email', 'Web']],
    ['Task', 'Priority', ['High', 'Normal', 'Low']],
    ['Account_Service_Request__c', 'Priority__c', ['High', 'Medium', 'Low']],
    ['Account_Service_Request__c', 'Status__c', ['New', 'In Progress', 'Closed']],
    ['Support_Plan__c', 'Tier__c', ['Bronze', 'Silver', 'Gold']],
  ])('%s.%s offers the standard values', (sobject, name, expected) => {
    expect(values(sobject, name).map((p) => p.value)).toEqual(expected);
  });

  it('EmailMessage.Status stores digits and shows labels', () => {
    expect(values('EmailMessage', 'Status').map((p) => `${p.value}=${p.label}`)).toEqual(['0=New', '1=Read', '2=Replied', '3=Sent', '4=Forwarded', '5=Draft']);
  });

  it("Task.TaskSubtype includes 'Email', the subtype a logged email uses", () => {
    expect(values('Task', 'TaskSubtype').map((p) => p.value)).toContain('Email');
  });

  it.each([
    ['Lead', 'Status', 'Open - Not Contacted'],
    ['Case', 'Status', 'New'],
    ['Case', 'Priority', 'Medium'],
    ['Task', 'Status', 'Not Started'],
    ['Task', 'Priority', 'Normal'],
    ['Account_Service_Request__c', 'Status__c', 'New'],
  ])('%s.%s defaults to %s on the field and on exactly one entry', (sobject, name, expected) => {
    const f = describes.find((d) => d.name === sobject)?.fields.find((x) => x.name === name);
    expect(f?.defaultValue).toBe(expected);
    expect(f?.defaultedOnCreate).toBe(true);
    expect(f?.picklistValues.filter((p) => p.defaultValue).map((p) => p.value)).toEqual([expected]);
  });
});
