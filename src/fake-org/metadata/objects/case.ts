import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { auditFields, descriptionField, idField, isDeletedField, lastViewedFields, masterRecordField, ownerField } from '../standard-fields';

export const CASE_STATUSES = ['New', 'Working', 'Escalated', 'Closed'] as const;

// Field list and flags from the recorded Case describe (describe-Case-v48-cumulusci.json), minus the
// Asset lookup. Nothing beyond the defaults is required: Status and Priority are defaulted.
export function caseSpec(): ObjectSpec {
  return {
    name: 'Case', label: 'Case', labelPlural: 'Cases', keyPrefix: '500',
    supportedScopes: [
      { label: 'All cases', name: 'everything' },
      { label: 'My case teams cases', name: 'genericteam' },
      { label: 'My cases', name: 'mine' },
      { label: 'Queue owned cases', name: 'queue_owned' },
      { label: "My role-based team's cases", name: 'team_by_role' },
      { label: 'User owned cases', name: 'user_owned' },
    ],
    urls: [
      'compactLayouts', 'rowTemplate', 'approvalLayouts', 'caseArticleSuggestions', 'caseRowArticleSuggestions',
      'uiDetailTemplate', 'uiEditTemplate', 'defaultValues', 'listviews', 'describe', 'uiNewRecord', 'quickActions',
      'layouts', 'sobject',
    ],
    fields: [
      idField('Case ID'),
      isDeletedField(),
      masterRecordField('Case'),
      field({
        name: 'CaseNumber', label: 'Case Number', type: 'string', readOnly: true, required: true, autoNumber: true,
        defaultedOnCreate: true, groupable: false, idLookup: true, length: 30, nameField: true,
      }),
      field({ name: 'ContactId', label: 'Contact ID', type: 'reference', referenceTo: ['Contact'], child: { relationshipName: 'Cases', restrictedDelete: true } }),
      field({ name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'], child: { relationshipName: 'Cases', restrictedDelete: true } }),
      field({ name: 'ParentId', label: 'Parent Case ID', type: 'reference', referenceTo: ['Case'], child: { relationshipName: 'Cases' } }),
      field({ name: 'SuppliedName', label: 'Name', type: 'string', length: 80 }),
      field({ name: 'SuppliedEmail', label: 'Email Address', type: 'email' }),
      field({ name: 'SuppliedPhone', label: 'Phone', type: 'string', length: 40 }),
      field({ name: 'SuppliedCompany', label: 'Company', type: 'string', length: 80 }),
      field({ name: 'Type', label: 'Case Type', type: 'picklist', length: 40, picklistValues: picklist(['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other']) }),
      field({
        name: 'Status', label: 'Status', type: 'picklist', defaultValue: 'New', defaultedOnCreate: true, length: 40,
        permissionable: false, picklistValues: picklist(CASE_STATUSES, { defaultValue: 'New' }),
      }),
      field({
        name: 'Reason', label: 'Case Reason', type: 'picklist', length: 40,
        picklistValues: picklist(['Installation', 'Equipment Complexity', 'Performance', 'Breakdown', 'Equipment Design', 'Feedback', 'Other']),
      }),
      field({ name: 'Origin', label: 'Case Origin', type: 'picklist', length: 40, picklistValues: picklist(['Phone', 'Email', 'Web']) }),
      field({ name: 'Subject', label: 'Subject', type: 'string' }),
      field({
        name: 'Priority', label: 'Priority', type: 'picklist', defaultValue: 'Medium', defaultedOnCreate: true, length: 40,
        picklistValues: picklist(['High', 'Medium', 'Low'], { defaultValue: 'Medium' }),
      }),
      descriptionField(),
      field({ name: 'IsClosed', label: 'Closed', type: 'boolean', readOnly: true }),
      field({ name: 'ClosedDate', label: 'Closed Date', type: 'datetime', readOnly: true, permissionable: true }),
      field({ name: 'IsEscalated', label: 'Escalated', type: 'boolean', permissionable: true }),
      ownerField({ queues: true }),
      ...auditFields(),
      field({ name: 'ContactPhone', label: 'Contact Phone', type: 'phone', readOnly: true }),
      field({ name: 'ContactMobile', label: 'Contact Mobile', type: 'phone', readOnly: true }),
      field({ name: 'ContactEmail', label: 'Contact Email', type: 'email', readOnly: true }),
      field({ name: 'ContactFax', label: 'Contact Fax', type: 'phone', readOnly: true }),
      field({
        name: 'Comments', label: 'Internal Comments', type: 'textarea', length: 4000, byteLength: 4000,
        permissionable: false, aggregatable: true, sortable: true,
      }),
      ...lastViewedFields(),
    ],
  };
}
