import { describe, expect, it } from 'vitest';
import { field } from './index';

// Fields defined at run time (new custom objects) get the same type-driven flags Salesforce gives;
// the recorded-org comparison in fidelity.test.ts covers the standard fields.

describe('field()', () => {
  it('long text areas cannot be filtered, sorted or grouped; short ones can', () => {
    expect(field({ name: 'Notes__c', label: 'Notes', type: 'textarea', length: 32768 })).toMatchObject({
      filterable: false, sortable: false, groupable: false, byteLength: 98304, extraTypeInfo: 'plaintextarea', custom: true,
    });
    expect(field({ name: 'Short__c', label: 'Short', type: 'textarea' })).toMatchObject({ filterable: true, sortable: true, length: 255 });
  });

  it('numbers carry their SOAP type and precision', () => {
    expect(field({ name: 'Fee__c', label: 'Fee', type: 'currency' })).toMatchObject({ soapType: 'xsd:double', precision: 18, scale: 2, groupable: false });
    expect(field({ name: 'Count__c', label: 'Count', type: 'int' })).toMatchObject({ soapType: 'xsd:int', digits: 9, groupable: true });
    expect(field({ name: 'Ratio__c', label: 'Ratio', type: 'percent' })).toMatchObject({ soapType: 'xsd:double', precision: 3 });
  });

  it('checkboxes are never null and default to false', () => {
    expect(field({ name: 'Vip__c', label: 'VIP', type: 'boolean' })).toMatchObject({
      nillable: false, defaultedOnCreate: true, defaultValue: false, aggregatable: false,
    });
  });

  it('lookups name their relationship; polymorphic ones point by name', () => {
    expect(field({ name: 'Partner__c', label: 'Partner', type: 'reference', referenceTo: ['Account'] })).toMatchObject({
      relationshipName: 'Partner__r', soapType: 'tns:ID', length: 18, polymorphicForeignKey: false, searchPrefilterable: true,
    });
    expect(field({ name: 'WhoId', label: 'Name ID', type: 'reference', referenceTo: ['Contact', 'Lead'] })).toMatchObject({
      relationshipName: 'Who', polymorphicForeignKey: true, namePointing: true,
    });
  });

  it('required and read-only shorthands set the write flags', () => {
    expect(field({ name: 'Code__c', label: 'Code', type: 'string', required: true })).toMatchObject({ nillable: false, permissionable: false, createable: true });
    expect(field({ name: 'Total__c', label: 'Total', type: 'currency', readOnly: true })).toMatchObject({ createable: false, updateable: false, permissionable: false });
  });

  it('never carries undefined, even when a spec passes it explicitly', () => {
    const f = field({ name: 'X__c', label: 'X', type: 'string', relationshipName: undefined, inlineHelpText: undefined });
    expect(Object.values(f).includes(undefined)).toBe(false);
    expect(f.relationshipName).toBeNull();
  });
});
