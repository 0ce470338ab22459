import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/support/fixtures';
import { fieldLabel } from './field-label';
import { sobjectDescribeSchema, type FieldDescribe } from './schemas/describe';

// Real describes, as recorded: the rule must hold for the labels Salesforce actually sends.
function recordedField(fixture: string, name: string): FieldDescribe {
  const field = sobjectDescribeSchema.parse(readFixture(fixture)).fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`${fixture} has no ${name}`);
  return field;
}

const contact = (name: string) => recordedField('describe-Contact-vxx-cumulusci.json', name);
const task = (name: string) => recordedField('describe-Task-v60-nango.json', name);

describe('fieldLabel', () => {
  it('names a lookup by its relationship, as Salesforce record pages do', () => {
    expect(fieldLabel(contact('AccountId'))).toBe('Account');
    expect(fieldLabel(contact('OwnerId'))).toBe('Owner');
    expect(fieldLabel(contact('ReportsToId'))).toBe('Reports To');
    expect(fieldLabel(task('CreatedById'))).toBe('Created By');
  });

  it('names polymorphic lookups the same way', () => {
    expect(fieldLabel(task('WhoId'))).toBe('Name');
    expect(fieldLabel(task('WhatId'))).toBe('Related To');
    expect(fieldLabel(task('OwnerId'))).toBe('Assigned To');
  });

  it('keeps a custom lookup’s label, which already names the relationship', () => {
    const friend = recordedField('describe-CustomObjectDetail__c-masterdetail-2015-restforce-db.json', 'CustomObject__c');
    expect(fieldLabel(friend)).toBe('CustomObject');
    expect(fieldLabel({ ...friend, name: 'Friend__c', label: 'Friend' })).toBe('Friend');
  });

  it('leaves fields that are not lookups alone, the record’s own id included', () => {
    expect(fieldLabel(contact('Id'))).toBe('Contact ID');
    expect(fieldLabel(contact('JigsawContactId'))).toBe('Jigsaw Contact ID');
    expect(fieldLabel(contact('Email'))).toBe('Email');
  });

  it('keeps a lookup labelled only “ID” rather than leave it blank', () => {
    expect(fieldLabel({ ...contact('AccountId'), label: 'ID' })).toBe('ID');
  });
});
