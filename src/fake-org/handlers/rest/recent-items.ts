import { canSeeRecord } from '../../files';
import type { SObjectDescribe } from '../../metadata/describe-types';
import { recordUrl } from '../../soql-engine/types';
import type { RestCall } from './rest-types';

const MAX_RECENT_ITEMS = 25;

/**
 * The recentItems of GET /sobjects/{T}/: Salesforce lists the user's recently viewed records (Id and
 * name field). The fake org tracks no views, so the records this user changed last stand in for them.
 */
export function recentItems(call: RestCall, describe: SObjectDescribe): Array<Record<string, unknown>> {
  const nameField = describe.fields.find((f) => f.nameField)?.name ?? 'Name';
  const stamp = (record: Record<string, unknown>) => (typeof record.LastModifiedDate === 'string' ? record.LastModifiedDate : '');
  return call.org.records
    .all(describe.name)
    .filter((record) => record.LastModifiedById === call.userId && canSeeRecord(call.org, describe.name, record, call.userId))
    // The wire format (2026-01-05T09:00:00.000+0000) sorts as text.
    .sort((a, b) => stamp(b).localeCompare(stamp(a)))
    .slice(0, MAX_RECENT_ITEMS)
    .map((record) => ({
      attributes: { type: describe.name, url: recordUrl(call.apiVersion, describe.name, record.Id) },
      Id: record.Id,
      [nameField]: record[nameField] ?? null,
    }));
}
