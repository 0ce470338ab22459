import { describe, expect, it } from 'vitest';
import { isEditable, isRequired } from './field-rules';
import { fakeField } from './test-support/describes';

describe('isEditable', () => {
  it('follows createable and updateable, and never offers what Salesforce computes', () => {
    expect(isEditable(fakeField('Contact', 'LastName'), 'create')).toBe(true);
    expect(isEditable(fakeField('Contact', 'LastName'), 'update')).toBe(true);
    expect(isEditable(fakeField('Case', 'CaseNumber'), 'create')).toBe(false);
    expect(isEditable(fakeField('Opportunity', 'ExpectedRevenue'), 'update')).toBe(false);
    expect(isEditable(fakeField('Lead', 'EmailBouncedDate'), 'create')).toBe(false);
    expect(isEditable({ ...fakeField('Contact', 'Title'), calculated: true }, 'update')).toBe(false);
  });
});

describe('isRequired', () => {
  it('on create: not nillable and not defaulted, so Salesforce would refuse the save without it', () => {
    expect(isRequired(fakeField('Contact', 'LastName'), 'create')).toBe(true);
    expect(isRequired(fakeField('Account_Service_Request__c', 'Priority__c'), 'create')).toBe(true);
    expect(isRequired(fakeField('Opportunity', 'StageName'), 'create')).toBe(true);
    expect(isRequired(fakeField('Contact', 'OwnerId'), 'create')).toBe(false);
    expect(isRequired(fakeField('Contact', 'Email'), 'create')).toBe(false);
  });

  it('on update: not nillable and updateable, defaulted or not', () => {
    expect(isRequired(fakeField('Opportunity', 'StageName'), 'update')).toBe(true);
    expect(isRequired(fakeField('Contact', 'OwnerId'), 'update')).toBe(true);
    expect(isRequired(fakeField('Case', 'CaseNumber'), 'update')).toBe(false);
  });

  it('never requires a checkbox: it always holds true or false', () => {
    const checkbox = { ...fakeField('Support_Plan__c', 'Active__c'), nillable: false, defaultedOnCreate: false };
    expect(isRequired(checkbox, 'create')).toBe(false);
    expect(isRequired(checkbox, 'update')).toBe(false);
  });
});
