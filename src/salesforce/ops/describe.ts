import type { Connection } from 'jsforce/core';
import { objectPath } from '../api-path';
import type { DescribeStorage } from '../describe-storage';
import { describeGlobalSchema, type DescribeGlobal } from '../schemas/describe-global';
import { sobjectDescribeSchema, type SObjectDescribe } from '../schemas/describe';
import { conditionalGet } from './conditional-get';

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
