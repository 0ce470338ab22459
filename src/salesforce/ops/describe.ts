import type { Connection } from 'jsforce/core';
import { objectPath } from '../api-path';
import type { DescribeStorage } from '../describe-storage';
import { describeGlobalSchema, type DescribeGlobal } from '../schemas/describe-global';
import { parseResponse } from '../parse-response';
import { sobjectDescribeSchema, type SObjectDescribe } from '../schemas/describe';
import { composite } from './composite';
import { MAX_COMPOSITE_SUBREQUESTS } from './composite-limits';
import type { CompositeSubrequest } from './composite-requests';
import { conditionalGet, readEntry, writeEntry } from './conditional-get';

export interface DescribeOptions {
  /** Persistent cache; without it every call downloads the full body. */
  storage?: DescribeStorage;
  /** Ignore the cached copy (e.g. the admin just added a field). */
  force?: boolean;
}

// Keys are per org (its instance URL) and per API version: describes differ across both.
function cacheKey(conn: Connection, resource: string): string {
  return `sf-describe:v1:${conn.instanceUrl}:${conn.version}:${resource.toLowerCase()}`;
}

export async function describeSObject(conn: Connection, sobject: string, options: DescribeOptions = {}): Promise<SObjectDescribe> {
  const path = objectPath(sobject);
  return conditionalGet(conn, {
    url: `${path}/describe`,
    cacheKey: cacheKey(conn, sobject),
    schema: sobjectDescribeSchema,
    what: 'describe',
    storage: options.storage,
    force: options.force,
  });
}

export async function describeGlobal(conn: Connection, options: DescribeOptions = {}): Promise<DescribeGlobal> {
  return conditionalGet(conn, {
    url: '/sobjects',
    cacheKey: cacheKey(conn, '/global'),
    schema: describeGlobalSchema,
    what: 'describeGlobal',
    storage: options.storage,
    force: options.force,
  });
}

// Salesforce's own clock decides what "modified since" means, so its Last-Modified is the validator. Without one,
// our clock stands in, set back so a clock running ahead can't hide a later change behind a 304.
const CLOCK_SKEW_MARGIN_MS = 60 * 60_000;
const ourValidator = () => new Date(Date.now() - CLOCK_SKEW_MARGIN_MS).toUTCString();

interface Revalidation {
  readonly sobject: string;
  readonly key: string;
  /** The stored describe, when it still parses: a 304 means it is current. */
  readonly cached?: { readonly validator: string; readonly describe: SObjectDescribe };
}

function revalidationOf(conn: Connection, sobject: string, storage: DescribeStorage | undefined): Revalidation {
  const key = cacheKey(conn, sobject);
  const entry = storage ? readEntry(storage, key) : undefined;
  const parsed = entry ? sobjectDescribeSchema.safeParse(entry.body) : undefined;
  return { sobject, key, ...(entry && parsed?.success && { cached: { validator: entry.validator, describe: parsed.data } }) };
}

async function describeChunk(conn: Connection, items: readonly Revalidation[], storage: DescribeStorage | undefined) {
  const requests = items.map((item, index): CompositeSubrequest => ({
    method: 'GET',
    url: `${objectPath(item.sobject)}/describe`,
    referenceId: `describe${index}`,
    ...(item.cached && { httpHeaders: { 'If-Modified-Since': item.cached.validator } }),
  }));
  const results = await composite(conn, requests);
  return items.map((item, index): [string, SObjectDescribe | null] => {
    const result = results[index];
    if (!result) throw new Error(`No composite answer for the describe of ${item.sobject}`);
    if (!result.ok) {
      if (result.error.code === 'NOT_FOUND') return [item.sobject, null];
      throw result.error;
    }
    if (result.status === 304 && item.cached) return [item.sobject, item.cached.describe];
    const describe = parseResponse(sobjectDescribeSchema, result.body, 'describe');
    const validator = Object.entries(result.headers).find(([name]) => name.toLowerCase() === 'last-modified')?.[1] ?? ourValidator();
    if (storage) writeEntry(storage, item.key, { validator, body: describe });
    return [item.sobject, describe];
  });
}

/**
 * Several objects' describes, each revalidated from the persistent cache like describeSObject, in composite calls
 * of up to 25 GETs: ONE API call for a panel's worth of objects where separate GETs would cost one each. An object
 * the user can't see comes back null.
 */
export async function describeSObjects(
  conn: Connection,
  sobjects: readonly string[],
  options: Pick<DescribeOptions, 'storage'> = {},
): Promise<Map<string, SObjectDescribe | null>> {
  const items = [...new Set(sobjects)].map((sobject) => revalidationOf(conn, sobject, options.storage));
  const chunks = Array.from({ length: Math.ceil(items.length / MAX_COMPOSITE_SUBREQUESTS) }, (_, index) =>
    items.slice(index * MAX_COMPOSITE_SUBREQUESTS, (index + 1) * MAX_COMPOSITE_SUBREQUESTS),
  );
  const answers = await Promise.all(chunks.map((chunk) => describeChunk(conn, chunk, options.storage)));
  return new Map(answers.flat());
}
