import { ApiFault } from '../api-fault';
import type { SObjectDescribe } from '../metadata/describe-types';
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';
import { formatDatetime, parseDatetime } from '../store/system-fields';
import { earliestStart, floorToMinute, REPLICATION_DAYS, replicationWindow, type ReplicationWindow } from './replication-window';

export interface UpdatedBody {
  ids: string[];
  latestDateCovered: string;
}

export interface DeletedBody {
  deletedRecords: Array<{ id: string; deletedDate: string }>;
  earliestDateAvailable: string;
  latestDateCovered: string;
}

function assertReplicateable(describe: SObjectDescribe): void {
  if (!describe.replicateable) {
    throw new ApiFault(400, 'INVALID_TYPE_FOR_OPERATION', `entity type ${describe.name} does not support replication`);
  }
}

// Salesforce covers up to `end`, but never past the current minute: what changes later in this minute
// belongs to the next call, which starts at latestDateCovered. Spans are half-open, [start, covered).
function covered(window: ReplicationWindow, now: Date): Date {
  return new Date(Math.min(window.end.getTime(), floorToMinute(now).getTime()));
}

function inSpan(date: Date, start: Date, until: Date): boolean {
  return date.getTime() >= start.getTime() && date.getTime() < until.getTime();
}

function assertIdLimit(org: FakeOrg, count: number): void {
  if (count > org.replicationIdLimit) {
    throw new ApiFault(400, 'EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${org.replicationIdLimit} records into this call`);
  }
}

// The call uses SystemModstamp, or LastModifiedDate where an object has none (Salesforce's documented rule).
function modstamp(record: StoredRecord): Date | undefined {
  const stamp = record.SystemModstamp ?? record.LastModifiedDate;
  return typeof stamp === 'string' ? parseDatetime(stamp) : undefined;
}

/** GET /sobjects/{T}/updated/?start=&end=: the live records created or changed in the span. */
export function updatedBody(org: FakeOrg, describe: SObjectDescribe, query: URLSearchParams): UpdatedBody {
  assertReplicateable(describe);
  const now = org.now();
  const window = replicationWindow(query, now, REPLICATION_DAYS.updated);
  const until = covered(window, now);
  const ids = org.records.all(describe.name).filter((record) => {
    const stamp = modstamp(record);
    return stamp !== undefined && inSpan(stamp, window.start, until);
  });
  assertIdLimit(org, ids.length);
  return { ids: ids.map((record) => record.Id), latestDateCovered: formatDatetime(until) };
}

/** GET /sobjects/{T}/deleted/?start=&end=: the delete log of the span, within the 15 days it is kept. */
export function deletedBody(org: FakeOrg, describe: SObjectDescribe, query: URLSearchParams): DeletedBody {
  assertReplicateable(describe);
  const now = org.now();
  const window = replicationWindow(query, now, REPLICATION_DAYS.deleted);
  const until = covered(window, now);
  const deleted = org.records.deletions(describe.name).filter((entry) => inSpan(entry.deletedAt, window.start, until));
  assertIdLimit(org, deleted.length);
  return {
    deletedRecords: deleted.map((entry) => ({ id: entry.id, deletedDate: formatDatetime(entry.deletedAt) })),
    // Nothing is purged early here, so the log reaches back exactly as far as Salesforce keeps it.
    earliestDateAvailable: formatDatetime(earliestStart(now, REPLICATION_DAYS.deleted)),
    latestDateCovered: formatDatetime(until),
  };
}
