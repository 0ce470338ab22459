import type { FieldDescribe, SObjectDescribe } from '../../salesforce';

// What a card shows until an admin or the agent picks fields (the layouts feature): the fields agents look
// at first, in the order Salesforce's own compact layouts use.
const STANDARD_LAYOUTS: Readonly<Record<string, readonly string[]>> = {
  Contact: ['Name', 'Title', 'AccountId', 'Email', 'Phone', 'MobilePhone', 'LeadSource', 'OwnerId'],
  Lead: ['Name', 'Title', 'Company', 'Email', 'Phone', 'Status', 'Rating', 'LeadSource', 'OwnerId'],
  Account: ['Name', 'Type', 'Industry', 'Website', 'Phone', 'AnnualRevenue', 'BillingCity', 'OwnerId'],
  Opportunity: ['Name', 'StageName', 'Amount', 'CloseDate', 'Probability', 'OwnerId'],
  Case: ['CaseNumber', 'Subject', 'Status', 'Priority', 'CreatedDate'],
  Task: ['Subject', 'ActivityDate', 'Status', 'WhatId', 'OwnerId'],
  // Notes have fixed fields: the notes block shows these and nothing else (LastModifiedDate guards edits).
  Note: ['Title', 'Body', 'CreatedDate', 'IsPrivate', 'OwnerId', 'LastModifiedDate'],
};

const CUSTOM_OBJECT_FIELD_COUNT = 5;

// A custom object's default: its name, then the first fields someone created on it.
function customObjectLayout(describe: SObjectDescribe): string[] {
  const isShown = (field: FieldDescribe) => field.custom && field.type !== 'reference' && field.type !== 'textarea';
  const nameField = describe.fields.find((field) => field.nameField)?.name ?? 'Name';
  return [nameField, ...describe.fields.filter(isShown).map((field) => field.name)].slice(0, CUSTOM_OBJECT_FIELD_COUNT);
}

/** The fields a card of this object shows by default. */
export function defaultLayout(describe: SObjectDescribe): readonly string[] {
  return STANDARD_LAYOUTS[describe.name] ?? customObjectLayout(describe);
}
