// Enhanced Email in the fake org: an EmailMessage's ToIds, CcIds and BccIds become EmailMessageRelation
// rows, and a relation knows the kind and address of the person it points to.
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';
import { insertEmailMessageRelation, relationDerivedFields, splitRecipientLists, writeRecipients } from './email-message-relations';

type EmailInsert = (org: FakeOrg, values: Record<string, unknown>, userId: string) => StoredRecord;

function insertEmailMessage(org: FakeOrg, values: Record<string, unknown>, userId: string): StoredRecord {
  const { fields, lists } = splitRecipientLists(values);
  const message = org.insertTrusted('EmailMessage', fields, userId);
  writeRecipients(org, message.Id, lists, userId);
  return message;
}

const EMAIL_INSERTS: Readonly<Record<string, EmailInsert>> = {
  emailmessage: insertEmailMessage,
  emailmessagerelation: insertEmailMessageRelation,
};

/** The insert an object's create goes through when Salesforce writes more than the row. */
export function emailInsertFor(sobject: string): EmailInsert | undefined {
  return EMAIL_INSERTS[sobject.toLowerCase()];
}

/**
 * The changes an update stores on the row, after what Salesforce does besides: recipient lists written to an
 * EmailMessage replace its relations, and a relation pointed at someone else takes their kind and address.
 */
export function applyEmailUpdate(org: FakeOrg, sobject: string, id: string, values: Record<string, unknown>, userId: string): Record<string, unknown> {
  const lower = sobject.toLowerCase();
  if (lower === 'emailmessage') {
    const { fields, lists } = splitRecipientLists(values);
    writeRecipients(org, id, lists, userId);
    return fields;
  }
  if (lower === 'emailmessagerelation' && 'RelationId' in values) {
    return { ...values, ...relationDerivedFields(org, { RelationId: values.RelationId }) };
  }
  return values;
}
