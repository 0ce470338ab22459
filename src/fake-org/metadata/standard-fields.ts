import type { ChildRelationshipSpec } from './child-relationship-specs';
import type { FieldDescribe } from './describe-types';
import { field } from './field';
import { picklist } from './picklist';
import { CLEAN_STATUSES, GEOCODE_ACCURACIES, SALUTATIONS } from './shared-picklists';

// Fields nearly every object repeats, exactly as the recorded describes show them.

export const idField = (label: string): FieldDescribe => field({ name: 'Id', label, type: 'id' });

export const isDeletedField = (): FieldDescribe => field({ name: 'IsDeleted', label: 'Deleted', type: 'boolean', readOnly: true });

export const masterRecordField = (sobject: string): FieldDescribe =>
  field({ name: 'MasterRecordId', label: 'Master Record ID', type: 'reference', readOnly: true, referenceTo: [sobject] });

/** Owner: required but defaulted to the running user; Lead/Case/Task owners may also be queues. */
export function ownerField(options: { label?: string; queues?: boolean; child?: ChildRelationshipSpec } = {}): FieldDescribe {
  return field({
    name: 'OwnerId', label: options.label ?? 'Owner ID', type: 'reference', required: true, defaultedOnCreate: true,
    referenceTo: options.queues ? ['Group', 'User'] : ['User'], child: options.child,
  });
}

/**
 * Audit fields: never createable or updateable through the API (orgs grant "Set Audit Fields upon
 * Record Creation" separately), always present on read.
 */
export function auditFields(): FieldDescribe[] {
  const stamp = { readOnly: true, required: true, defaultedOnCreate: true } as const;
  return [
    field({ name: 'CreatedDate', label: 'Created Date', type: 'datetime', ...stamp }),
    field({ name: 'CreatedById', label: 'Created By ID', type: 'reference', referenceTo: ['User'], ...stamp }),
    field({ name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', ...stamp }),
    field({ name: 'LastModifiedById', label: 'Last Modified By ID', type: 'reference', referenceTo: ['User'], ...stamp }),
    field({ name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime', ...stamp }),
  ];
}

export const lastActivityField = (): FieldDescribe =>
  field({ name: 'LastActivityDate', label: 'Last Activity', type: 'date', readOnly: true });

export function lastViewedFields(): FieldDescribe[] {
  return [
    field({ name: 'LastViewedDate', label: 'Last Viewed Date', type: 'datetime', readOnly: true }),
    field({ name: 'LastReferencedDate', label: 'Last Referenced Date', type: 'datetime', readOnly: true }),
  ];
}

/** LastName (required), FirstName, Salutation and the read-only compound Name of Contacts and Leads. */
export function personNameFields(): FieldDescribe[] {
  const part = { compoundFieldName: 'Name', extraTypeInfo: 'personname' } as const;
  return [
    field({ name: 'LastName', label: 'Last Name', type: 'string', required: true, length: 80, ...part }),
    field({ name: 'FirstName', label: 'First Name', type: 'string', length: 40, permissionable: false, ...part }),
    field({ name: 'Salutation', label: 'Salutation', type: 'picklist', length: 40, permissionable: false, picklistValues: picklist(SALUTATIONS), ...part }),
    field({ name: 'Name', label: 'Full Name', type: 'string', readOnly: true, required: true, length: 121, nameField: true, extraTypeInfo: 'personname' }),
  ];
}

/**
 * A compound address: `prefix` is 'Mailing', 'Billing'… ('' for Lead's plain Street/City…);
 * the compound itself (e.g. MailingAddress) is read-only, its parts are written individually.
 */
export function addressFields(prefix: string, labelPrefix = prefix): FieldDescribe[] {
  const compound = `${prefix}Address`;
  const label = (text: string) => (labelPrefix ? `${labelPrefix} ${text}` : text);
  const part = { compoundFieldName: compound } as const;
  return [
    field({ name: `${prefix}Street`, label: label('Street'), type: 'textarea', ...part }),
    field({ name: `${prefix}City`, label: label('City'), type: 'string', length: 40, ...part }),
    field({ name: `${prefix}State`, label: label('State/Province'), type: 'string', length: 80, ...part }),
    field({ name: `${prefix}PostalCode`, label: label('Zip/Postal Code'), type: 'string', length: 20, ...part }),
    field({ name: `${prefix}Country`, label: label('Country'), type: 'string', length: 80, ...part }),
    field({ name: `${prefix}Latitude`, label: label('Latitude'), type: 'double', scale: 15, ...part }),
    field({ name: `${prefix}Longitude`, label: label('Longitude'), type: 'double', scale: 15, ...part }),
    field({
      name: `${prefix}GeocodeAccuracy`, label: label('Geocode Accuracy'), type: 'picklist', length: 40,
      restrictedPicklist: true, picklistValues: picklist(GEOCODE_ACCURACIES), ...part,
    }),
    field({ name: compound, label: label('Address'), type: 'address', readOnly: true, permissionable: true }),
  ];
}

/** Data.com fields Salesforce still ships on Accounts, Contacts and Leads. */
export function dataComFields(jigsawIdName: string, jigsawIdLabel: string): FieldDescribe[] {
  return [
    field({ name: 'Jigsaw', label: 'Data.com Key', type: 'string', length: 20 }),
    field({
      name: jigsawIdName, label: jigsawIdLabel, type: 'string', readOnly: true, length: 20,
      relationshipName: jigsawIdName.replace(/Id$/, ''),
    }),
    field({ name: 'CleanStatus', label: 'Clean Status', type: 'picklist', length: 40, restrictedPicklist: true, picklistValues: picklist(CLEAN_STATUSES) }),
  ];
}

export const photoUrlField = (): FieldDescribe =>
  field({ name: 'PhotoUrl', label: 'Photo URL', type: 'url', readOnly: true, extraTypeInfo: 'imageurl' });

export const descriptionField = (label = 'Description'): FieldDescribe =>
  field({ name: 'Description', label, type: 'textarea', length: 32000 });
