import type { FakeOrg } from '../../../fake-org/org';
import type { StoredRecord } from '../../../fake-org/store/record-store';

/** Tasks the screen logged on a person (WhoId) or a record (WhatId); the seed has email tasks of its own. */
export function loggedTasksOn(org: FakeOrg, field: 'WhoId' | 'WhatId', id: string): StoredRecord[] {
  return org.records.all('Task').filter((task) => task[field] === id && String(task.Description).includes('Front message: '));
}

/** The EmailMessages Salesforce holds with this person on them (as sender or recipient), through EmailMessageRelation. */
export function emailsWith(org: FakeOrg, personId: string): StoredRecord[] {
  const messageIds = new Set(
    org.records
      .all('EmailMessageRelation')
      .filter((relation) => relation.RelationId === personId)
      .map((relation) => relation.EmailMessageId),
  );
  return org.records.all('EmailMessage').filter((message) => messageIds.has(message.Id));
}

/** An email's relations as [RelationType, RelationId, RelationObjectType, RelationAddress], sorted. */
export function relationsOf(org: FakeOrg, emailMessageId: unknown): unknown[][] {
  return org.records
    .all('EmailMessageRelation')
    .filter((relation) => relation.EmailMessageId === emailMessageId)
    .map((relation) => [relation.RelationType, relation.RelationId, relation.RelationObjectType, relation.RelationAddress])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}
