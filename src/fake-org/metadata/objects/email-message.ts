import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { auditFields, idField, isDeletedField } from '../standard-fields';
import { ACTIVITY_PARENTS } from './task';

/** Status is stored as a digit; the label is what users see. '3' (Sent) is what a logged email uses. */
export const EMAIL_MESSAGE_STATUSES = [['0', 'New'], ['1', 'Read'], ['2', 'Replied'], ['3', 'Sent'], ['4', 'Forwarded'], ['5', 'Draft']] as const;

// Enhanced Email's EmailMessage. Field list, labels and query flags from a recorded EmailMessage
// describe (.sfdx soqlMetadata cache, a 15-key subset); write flags from the object reference.
export function emailMessageSpec(): ObjectSpec {
  const text = { type: 'string', groupable: false } as const;
  return {
    name: 'EmailMessage', label: 'Email Message', labelPlural: 'Email Messages', keyPrefix: '02s',
    flags: { feedEnabled: false },
    supportedScopes: [{ label: 'All email messages', name: 'everything' }],
    fields: [
      idField('Email Message ID'),
      field({ name: 'ParentId', label: 'Case ID', type: 'reference', updateable: false, referenceTo: ['Case'], child: { relationshipName: 'EmailMessages', cascadeDelete: true } }),
      field({ name: 'ActivityId', label: 'Activity ID', type: 'reference', updateable: false, referenceTo: ['Task'], relationshipName: null }),
      ...auditFields(),
      field({ name: 'TextBody', label: 'Text Body', type: 'textarea', length: 131072 }),
      field({ name: 'HtmlBody', label: 'HTML Body', type: 'textarea', length: 131072 }),
      field({ name: 'Headers', label: 'Headers', type: 'textarea', length: 32000 }),
      field({ name: 'Subject', label: 'Subject', length: 3000, ...text }),
      field({ name: 'Name', label: 'Email Message Name', type: 'string', readOnly: true, required: true, defaultedOnCreate: true, nameField: true }),
      field({ name: 'FromName', label: 'From Name', length: 1000, ...text }),
      field({ name: 'FromAddress', label: 'From Address', type: 'email', groupable: false }),
      field({ name: 'ToAddress', label: 'To Address', length: 4000, ...text }),
      field({ name: 'CcAddress', label: 'CC Address', length: 4000, ...text }),
      field({ name: 'BccAddress', label: 'BCC Address', length: 4000, ...text }),
      field({ name: 'Incoming', label: 'Is Incoming', type: 'boolean', updateable: false }),
      field({ name: 'HasAttachment', label: 'Has Attachment', type: 'boolean', readOnly: true }),
      field({ name: 'Status', label: 'Status', type: 'picklist', required: true, length: 40, picklistValues: picklist(EMAIL_MESSAGE_STATUSES) }),
      field({ name: 'MessageDate', label: 'Message Date', type: 'datetime' }),
      isDeletedField(),
      field({ name: 'ReplyToEmailMessageId', label: 'Email Message ID', type: 'reference', referenceTo: ['EmailMessage'] }),
      field({ name: 'IsExternallyVisible', label: 'Is Externally Visible', type: 'boolean' }),
      field({ name: 'MessageIdentifier', label: 'Message ID', length: 998, ...text }),
      field({ name: 'ThreadIdentifier', label: 'Thread ID', length: 998, ...text }),
      field({
        name: 'RelatedToId', label: 'Related To ID', type: 'reference', referenceTo: [...ACTIVITY_PARENTS],
        relationshipName: 'RelatedTo', child: { relationshipName: 'Emails' },
      }),
    ],
  };
}
