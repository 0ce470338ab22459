import { RECIPIENT_LIST_RELATION_TYPES } from '../metadata/objects/email-message-relation';
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';

export type RecipientList = keyof typeof RECIPIENT_LIST_RELATION_TYPES;

/**
 * What Salesforce fills in on a relation: the object type of the related record, and its email address
 * when none was given. A relation to a bare address (RelationId null) keeps the address it has.
 */
export function relationDerivedFields(org: FakeOrg, values: Record<string, unknown>): Record<string, unknown> {
  const relationId = typeof values.RelationId === 'string' ? values.RelationId : undefined;
  if (!relationId) return { RelationObjectType: null };
  const email = org.records.get(relationId)?.Email;
  return {
    RelationObjectType: org.records.typeOf(relationId) ?? null,
    RelationAddress: values.RelationAddress ?? (typeof email === 'string' ? email : null),
  };
}

export function insertEmailMessageRelation(org: FakeOrg, values: Record<string, unknown>, userId: string): StoredRecord {
  return org.insertTrusted('EmailMessageRelation', { ...values, ...relationDerivedFields(org, values) }, userId);
}

/**
 * Writes an email's recipients as Salesforce does for ToIds, CcIds and BccIds: one relation per person and
 * list. A list written again replaces that list's relations; the others stay.
 */
export function writeRecipients(org: FakeOrg, messageId: string, lists: ReadonlyMap<RecipientList, readonly string[]>, userId: string): void {
  for (const [list, ids] of lists) {
    const relationType = RECIPIENT_LIST_RELATION_TYPES[list];
    const replaced = org.records
      .all('EmailMessageRelation')
      .filter((row) => row.EmailMessageId === messageId && row.RelationType === relationType);
    for (const row of replaced) org.records.delete(row.Id);
    for (const relationId of new Set(ids)) {
      insertEmailMessageRelation(org, { EmailMessageId: messageId, RelationId: relationId, RelationType: relationType }, userId);
    }
  }
}

/** An EmailMessage's values without its recipient lists, which are not stored on the message itself. */
export function splitRecipientLists(values: Record<string, unknown>): { fields: Record<string, unknown>; lists: Map<RecipientList, string[]> } {
  const fields: Record<string, unknown> = {};
  const lists = new Map<RecipientList, string[]>();
  for (const [name, value] of Object.entries(values)) {
    if (Object.hasOwn(RECIPIENT_LIST_RELATION_TYPES, name)) lists.set(name as RecipientList, Array.isArray(value) ? value.map(String) : []);
    else fields[name] = value;
  }
  return { fields, lists };
}
