import { field } from '../field';
import { ownedScopes, type ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { LEAD_SOURCES } from '../shared-picklists';
import {
  addressFields, auditFields, dataComFields, descriptionField, idField, isDeletedField, lastActivityField,
  lastViewedFields, masterRecordField, ownerField, personNameFields, photoUrlField,
} from '../standard-fields';

// Field list and flags from the recorded Contact describe (describe-Contact-vxx-cumulusci.json),
// minus IndividualId (its target object is not part of this org).
export function contactSpec(): ObjectSpec {
  return {
    name: 'Contact', label: 'Contact', labelPlural: 'Contacts', keyPrefix: '003',
    flags: { mergeable: true },
    supportedScopes: ownedScopes('contacts'),
    fields: [
      idField('Contact ID'),
      isDeletedField(),
      masterRecordField('Contact'),
      field({ name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'], child: { relationshipName: 'Contacts', cascadeDelete: true } }),
      ...personNameFields(),
      ...addressFields('Other'),
      ...addressFields('Mailing'),
      field({ name: 'Phone', label: 'Business Phone', type: 'phone' }),
      field({ name: 'Fax', label: 'Business Fax', type: 'phone' }),
      field({ name: 'MobilePhone', label: 'Mobile Phone', type: 'phone' }),
      field({ name: 'HomePhone', label: 'Home Phone', type: 'phone' }),
      field({ name: 'OtherPhone', label: 'Other Phone', type: 'phone' }),
      field({ name: 'AssistantPhone', label: 'Asst. Phone', type: 'phone' }),
      field({ name: 'ReportsToId', label: 'Reports To ID', type: 'reference', referenceTo: ['Contact'] }),
      field({ name: 'Email', label: 'Email', type: 'email', idLookup: true }),
      field({ name: 'Title', label: 'Title', type: 'string', length: 128 }),
      field({ name: 'Department', label: 'Department', type: 'string', length: 80 }),
      field({ name: 'AssistantName', label: "Assistant's Name", type: 'string', length: 40 }),
      field({ name: 'LeadSource', label: 'Lead Source', type: 'picklist', picklistValues: picklist(LEAD_SOURCES) }),
      field({ name: 'Birthdate', label: 'Birthdate', type: 'date' }),
      descriptionField('Contact Description'),
      ownerField(),
      ...auditFields(),
      lastActivityField(),
      field({ name: 'LastCURequestDate', label: 'Last Stay-in-Touch Request Date', type: 'datetime', readOnly: true }),
      field({ name: 'LastCUUpdateDate', label: 'Last Stay-in-Touch Save Date', type: 'datetime', readOnly: true }),
      ...lastViewedFields(),
      field({ name: 'EmailBouncedReason', label: 'Email Bounced Reason', type: 'string', permissionable: false }),
      field({ name: 'EmailBouncedDate', label: 'Email Bounced Date', type: 'datetime', permissionable: false }),
      field({ name: 'IsEmailBounced', label: 'Is Email Bounced', type: 'boolean', readOnly: true }),
      photoUrlField(),
      ...dataComFields('JigsawContactId', 'Jigsaw Contact ID'),
    ],
  };
}
