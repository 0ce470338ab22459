import { describe, expect, it } from 'vitest';
import type { FieldDescribe } from '../../../salesforce';
import { SERVICE_REQUEST_SUBCATEGORIES } from '../../../fake-org/metadata';
import { allowedPicklistValues, isValidFor } from './dependent-picklists';
import { fakeDescribe, fieldOf, withFields } from './test-support/describes';

const requests = fakeDescribe('Account_Service_Request__c');
const subcategory = fieldOf(requests, 'Subcategory__c');
const values = (entries: { value: string }[]) => entries.map((entry) => entry.value);

describe('isValidFor', () => {
  it("reads Salesforce's bitmap most significant bit first, across bytes", () => {
    // "gAAA" is 0x80 0x00 0x00: only the first controlling value; "AIAA" sets bit 8, the ninth value.
    expect(isValidFor('gAAA', 0)).toBe(true);
    expect(isValidFor('gAAA', 1)).toBe(false);
    expect(isValidFor('AIAA', 8)).toBe(true);
    expect(isValidFor('AIAA', 7)).toBe(false);
    expect(isValidFor('wAAA', 1)).toBe(true);
    expect(isValidFor('gAAA', 40)).toBe(false);
    expect(isValidFor(null, 0)).toBe(false);
    expect(isValidFor('not base64!', 0)).toBe(false);
  });
});

describe('allowedPicklistValues', () => {
  it("offers the fake org's Subcategories that each Category allows", () => {
    for (const [category, allowed] of Object.entries(SERVICE_REQUEST_SUBCATEGORIES)) {
      expect(values(allowedPicklistValues(requests, subcategory, { Category__c: category }))).toEqual(allowed);
    }
  });

  it('offers nothing until the controlling field has a value', () => {
    expect(allowedPicklistValues(requests, subcategory, { Category__c: '' })).toEqual([]);
    expect(allowedPicklistValues(requests, subcategory, {})).toEqual([]);
  });

  it('offers every active value of an independent picklist, and never an inactive one', () => {
    const priority = fieldOf(requests, 'Priority__c');
    const retired: FieldDescribe = { ...priority, picklistValues: priority.picklistValues.map((entry) => ({ ...entry, active: entry.value !== 'Low' })) };
    expect(values(allowedPicklistValues(requests, retired, {}))).toEqual(['High', 'Medium']);
  });

  it('uses unchecked (0) and checked (1) for a checkbox controller', () => {
    const active: FieldDescribe = { ...fieldOf(requests, 'Category__c'), name: 'Urgent__c', type: 'boolean', picklistValues: [] };
    const dependent: FieldDescribe = {
      ...subcategory,
      name: 'Escalation__c',
      controllerName: 'Urgent__c',
      picklistValues: [
        { active: true, defaultValue: false, label: 'Routine', validFor: 'gAAA', value: 'Routine' },
        { active: true, defaultValue: false, label: 'Page on-call', validFor: 'QAAA', value: 'Page' },
      ],
    };
    const describe = withFields(requests, active, dependent);
    expect(values(allowedPicklistValues(describe, dependent, { Urgent__c: false }))).toEqual(['Routine']);
    expect(values(allowedPicklistValues(describe, dependent, { Urgent__c: true }))).toEqual(['Page']);
  });
});
