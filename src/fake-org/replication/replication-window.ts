import { z } from 'zod';
import { ApiFault } from '../api-fault';
import { parseDatetime } from '../store/system-fields';

/** A getUpdated/getDeleted time span, both ends truncated to the minute as Salesforce does. */
export interface ReplicationWindow {
  start: Date;
  end: Date;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** How far back each call reaches: getUpdated 30 days, getDeleted 15 (Salesforce's documented limits). */
export const REPLICATION_DAYS = { updated: 30, deleted: 15 } as const;

// ISO 8601 with an offset: Salesforce's own +0000 form (what latestDateCovered echoes back), +hh:mm or Z.
const isoDatetime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/)
  .transform((value) => parseDatetime(value))
  .refine((date) => !Number.isNaN(date.getTime()));

export function floorToMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / MINUTE_MS) * MINUTE_MS);
}

function readParam(query: URLSearchParams, name: 'start' | 'end'): Date {
  const raw = query.get(name);
  // Salesforce's answer to a missing or unreadable parameter is not recorded; these codes are its usual ones.
  if (raw === null || raw === '') throw new ApiFault(400, 'MISSING_ARGUMENT', `${name} parameter is required`);
  const parsed = isoDatetime.safeParse(raw);
  if (!parsed.success) {
    throw new ApiFault(400, 'INVALID_PARAMETER_VALUE', `${name}: '${raw}' is not a valid ISO 8601 date-time (YYYY-MM-DDThh:mm:ss+hh:mm)`);
  }
  return floorToMinute(parsed.data);
}

/** The earliest start a call may ask for: `days` back from now, to the minute. */
export function earliestStart(now: Date, days: number): Date {
  return floorToMinute(new Date(now.getTime() - days * DAY_MS));
}

/** Reads ?start=&end=, answering INVALID_REPLICATION_DATE for a span Salesforce refuses. */
export function replicationWindow(query: URLSearchParams, now: Date, days: number): ReplicationWindow {
  const start = readParam(query, 'start');
  const end = readParam(query, 'end');
  if (start.getTime() >= end.getTime()) {
    throw new ApiFault(400, 'INVALID_REPLICATION_DATE', 'startDate must chronologically precede endDate');
  }
  // The message Salesforce gives a start beyond the replication horizon (reported by jsforce users).
  if (start.getTime() < earliestStart(now, days).getTime()) {
    throw new ApiFault(400, 'INVALID_REPLICATION_DATE', 'startDate before org replication enabled date');
  }
  return { start, end };
}
