import { field } from '../field';
import { ownedScopes, type ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { INDUSTRIES, LEAD_SOURCES, RATINGS } from '../shared-picklists';
import {
  addressFields, auditFields, dataComFields, descriptionField, idField, isDeletedField, lastActivityField,
  lastViewedFields, masterRecordField, ownerField, personNameFields, photoUrlField,
} from '../standard-fields';

export const LEAD_STATUSES = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'] as const;

// Field list and flags from the recorded Lead describe (describe-Lead-v59-cumulusci.json), minus
// IndividualId and DandbCompanyId (their target objects are not part of this org). The converted
// fields are read-only: only convertLead sets them.
export function leadSpec(): ObjectSpec {
  return {
    name: 'Lead', label: 'Lead', labelPlural: 'Leads', keyPrefix: '00Q',
    flags: { mergeable: true },
    supportedScopes: ownedScopes('leads', [
      { label: 'Queue owned leads', name: 'queue_owned' },
      { label: 'User owned leads', name: 'user_owned' },
    ]),
    fields: [
      idField('Lead ID'),
      isDeletedField(),
      masterRecordField('Lead'),
      ...personNameFields(),
      field({ name: 'Title', label: 'Title', type: 'string', length: 128 }),
      field({ name: 'Company', label: 'Company', type: 'string', required: true }),
      ...addressFields('', ''),
      field({ name: 'Phone', label: 'Phone', type: 'phone' }),
      field({ name: 'MobilePhone', label: 'Mobile Phone', type: 'phone' }),
      field({ name: 'Fax', label: 'Fax', type: 'phone' }),
      field({ name: 'Email', label: 'Email', type: 'email', idLookup: true }),
      field({ name: 'Website', label: 'Website', type: 'url' }),
      photoUrlField(),
      descriptionField(),
      field({ name: 'LeadSource', label: 'Lead Source', type: 'picklist', picklistValues: picklist(LEAD_SOURCES) }),
      field({
        name: 'Status', label: 'Status', type: 'picklist', required: true, defaultedOnCreate: true,
        defaultValue: LEAD_STATUSES[0], picklistValues: picklist(LEAD_STATUSES, { defaultValue: LEAD_STATUSES[0] }),
      }),
      field({ name: 'Industry', label: 'Industry', type: 'picklist', picklistValues: picklist(INDUSTRIES) }),
      field({ name: 'Rating', label: 'Rating', type: 'picklist', picklistValues: picklist(RATINGS) }),
      field({ name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency', scale: 0 }),
      field({ name: 'NumberOfEmployees', label: 'Employees', type: 'int', digits: 8 }),
      ownerField({ queues: true }),
      field({ name: 'IsConverted', label: 'Converted', type: 'boolean', updateable: false }),
      field({ name: 'ConvertedDate', label: 'Converted Date', type: 'date', readOnly: true }),
      field({ name: 'ConvertedAccountId', label: 'Converted Account ID', type: 'reference', readOnly: true, referenceTo: ['Account'] }),
      field({ name: 'ConvertedContactId', label: 'Converted Contact ID', type: 'reference', readOnly: true, referenceTo: ['Contact'] }),
      field({ name: 'ConvertedOpportunityId', label: 'Converted Opportunity ID', type: 'reference', readOnly: true, referenceTo: ['Opportunity'] }),
      field({ name: 'IsUnreadByOwner', label: 'Unread By Owner', type: 'boolean' }),
      ...auditFields(),
      lastActivityField(),
      ...lastViewedFields(),
      ...dataComFields('JigsawContactId', 'Jigsaw Contact ID'),
      field({ name: 'CompanyDunsNumber', label: 'Company D-U-N-S Number', type: 'string', length: 9 }),
      field({ name: 'EmailBouncedReason', label: 'Email Bounced Reason', type: 'string', createable: false, permissionable: false }),
      field({ name: 'EmailBouncedDate', label: 'Email Bounced Date', type: 'datetime', createable: false, permissionable: false }),
    ],
  };
}
