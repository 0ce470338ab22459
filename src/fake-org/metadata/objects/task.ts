import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { auditFields, descriptionField, idField, isDeletedField, ownerField } from '../standard-fields';

export const TASK_STATUSES = ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'] as const;

/**
 * Objects a Task's WhatId may point to in this org: the standard ones from the recorded describe's
 * long list that this org models, plus the custom object that allows activities.
 */
export const ACTIVITY_PARENTS = ['Account', 'Account_Service_Request__c', 'Case', 'Opportunity'];

// Field list and flags from the recorded Task describe (describe-Task-v60-nango.json), minus the
// recurrence fields. TaskSubtype is createable but not updateable: a logged email stays an email.
export function taskSpec(): ObjectSpec {
  return {
    name: 'Task', label: 'Task', labelPlural: 'Tasks', keyPrefix: '00T',
    flags: { feedEnabled: false },
    supportedScopes: [
      { label: 'My delegated tasks', name: 'delegated' },
      { label: 'All tasks', name: 'everything' },
      { label: 'My tasks', name: 'mine' },
      { label: 'Queue owned tasks', name: 'queue_owned' },
      { label: 'Filter by scope', name: 'scopingRule' },
      { label: "My team's tasks", name: 'team' },
    ],
    urls: ['compactLayouts', 'rowTemplate', 'uiDetailTemplate', 'uiEditTemplate', 'describe', 'uiNewRecord', 'quickActions', 'layouts', 'sobject'],
    fields: [
      idField('Activity ID'),
      field({ name: 'WhoId', label: 'Name ID', type: 'reference', referenceTo: ['Contact', 'Lead'], child: { relationshipName: 'Tasks', cascadeDelete: true } }),
      field({ name: 'WhatId', label: 'Related To ID', type: 'reference', referenceTo: [...ACTIVITY_PARENTS], child: { relationshipName: 'Tasks', cascadeDelete: true } }),
      field({
        name: 'Subject', label: 'Subject', type: 'combobox', nameField: true, permissionable: false,
        picklistValues: picklist(['Call', 'Email', 'Send Letter', 'Send Quote', 'Other']),
      }),
      field({ name: 'ActivityDate', label: 'Due Date Only', type: 'date', aggregatable: false }),
      field({
        name: 'Status', label: 'Status', type: 'picklist', required: true, defaultValue: 'Not Started', defaultedOnCreate: true,
        picklistValues: picklist(TASK_STATUSES, { defaultValue: 'Not Started' }),
      }),
      field({
        name: 'Priority', label: 'Priority', type: 'picklist', required: true, defaultValue: 'Normal', defaultedOnCreate: true, length: 20,
        picklistValues: picklist(['High', 'Normal', 'Low'], { defaultValue: 'Normal' }),
      }),
      field({ name: 'IsHighPriority', label: 'High Priority', type: 'boolean', readOnly: true }),
      ownerField({ label: 'Assigned To ID', queues: true }),
      descriptionField(),
      isDeletedField(),
      field({ name: 'AccountId', label: 'Account ID', type: 'reference', readOnly: true, referenceTo: ['Account'] }),
      field({ name: 'IsClosed', label: 'Closed', type: 'boolean', readOnly: true }),
      ...auditFields(),
      field({ name: 'IsArchived', label: 'Archived', type: 'boolean', readOnly: true }),
      field({ name: 'CallDurationInSeconds', label: 'Call Duration', type: 'int', digits: 8, permissionable: false }),
      field({ name: 'CallType', label: 'Call Type', type: 'picklist', length: 40, permissionable: false, restrictedPicklist: true, picklistValues: picklist(['Internal', 'Inbound', 'Outbound']) }),
      field({ name: 'CallDisposition', label: 'Call Result', type: 'string', permissionable: false }),
      field({ name: 'CallObject', label: 'Call Object Identifier', type: 'string', permissionable: false }),
      field({ name: 'ReminderDateTime', label: 'Reminder Date/Time', type: 'datetime', permissionable: false }),
      field({ name: 'IsReminderSet', label: 'Reminder Set', type: 'boolean' }),
      field({
        name: 'TaskSubtype', label: 'Task Subtype', type: 'picklist', length: 40, permissionable: false, restrictedPicklist: true, updateable: false,
        picklistValues: picklist(['Task', 'Email', ['ListEmail', 'List Email'], 'Cadence', 'Call', 'LinkedIn']),
      }),
      field({ name: 'CompletedDateTime', label: 'Completed Date/Time', type: 'datetime', readOnly: true }),
    ],
  };
}
