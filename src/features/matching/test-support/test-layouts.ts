import type { SObjectDescribe } from '../../../salesforce';

// Cards as an admin might set them up, with lookups (plain and polymorphic) so queries bring names along.
const LAYOUTS: Readonly<Record<string, readonly string[]>> = {
  Contact: ['Name', 'Title', 'AccountId', 'Email', 'Phone', 'MobilePhone', 'OwnerId'],
  Lead: ['Name', 'Company', 'Email', 'Phone', 'Status', 'OwnerId'],
  Account: ['Name', 'Website', 'Industry', 'AnnualRevenue', 'OwnerId'],
  Opportunity: ['Name', 'StageName', 'Amount', 'CloseDate', 'OwnerId'],
  Case: ['CaseNumber', 'Subject', 'Status', 'Priority', 'CreatedDate'],
  Task: ['Subject', 'ActivityDate', 'Status', 'WhatId', 'WhoId'],
  Note: ['Title', 'Body', 'CreatedDate', 'OwnerId'],
};

export function testLayoutFor(describe: SObjectDescribe): readonly string[] {
  const customFields = describe.fields.filter((field) => field.custom && field.type !== 'reference').map((field) => field.name);
  return LAYOUTS[describe.name] ?? ['Name', ...customFields];
}
