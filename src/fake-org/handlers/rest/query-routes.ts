import { ApiFault } from '../../api-fault';
import type { FakeOrg } from '../../org';
import { executeSoql } from '../../soql-engine';
import type { RestCall, RestResult } from './rest-types';
import type { RestRouter } from './router';

interface Cursor {
  records: unknown[];
  totalSize: number;
  apiVersion: string;
}

// Open query cursors per org, like Salesforce's server-side query locators.
const cursors = new WeakMap<FakeOrg, Map<string, Cursor>>();
let locatorSequence = 0;

function cursorsOf(org: FakeOrg): Map<string, Cursor> {
  let map = cursors.get(org);
  if (!map) cursors.set(org, (map = new Map<string, Cursor>()));
  return map;
}

/** Salesforce honours `Sforce-Query-Options: batchSize=N` (200..2000); the org's own size caps it. */
function batchSize(call: RestCall): number {
  const requested = /batchSize\s*=\s*(\d+)/i.exec(call.headers.get('Sforce-Query-Options') ?? '')?.[1];
  const size = requested ? Math.max(200, Math.min(2000, Number(requested))) : 2000;
  return Math.min(size, call.org.queryBatchSize);
}

function page(org: FakeOrg, cursor: Cursor, offset: number, size: number): RestResult {
  const records = cursor.records.slice(offset, offset + size);
  const next = offset + size;
  if (next >= cursor.records.length) return { status: 200, body: { totalSize: cursor.totalSize, done: true, records } };
  locatorSequence += 1;
  const locator = `0r8xx${locatorSequence.toString(36).padStart(10, '0')}`;
  cursorsOf(org).set(locator, cursor);
  return {
    status: 200,
    body: {
      totalSize: cursor.totalSize,
      done: false,
      nextRecordsUrl: `/services/data/v${cursor.apiVersion}/query/${locator}-${next}`,
      records,
    },
  };
}

function runQuery(call: RestCall): RestResult {
  const soql = call.query.get('q');
  if (!soql) throw new ApiFault(400, 'MALFORMED_QUERY', 'A query string has to be specified');
  const result = executeSoql(call.org, soql, call.apiVersion, { includeDeleted: call.path.startsWith('/queryAll'), userId: call.userId });
  return page(call.org, { records: result.records, totalSize: result.totalSize, apiVersion: call.apiVersion }, 0, batchSize(call));
}

function queryMore(call: RestCall, params: Record<string, string>): RestResult {
  const match = /^(.+)-(\d+)$/.exec(params.locator ?? '');
  const cursor = match ? cursorsOf(call.org).get(match[1] ?? '') : undefined;
  if (!match || !cursor) throw new ApiFault(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
  return page(call.org, cursor, Number(match[2]), batchSize(call));
}

export function registerQueryRoutes(router: RestRouter): void {
  router.on('GET', '/query', runQuery);
  router.on('GET', '/queryAll', runQuery);
  router.on('GET', '/query/:locator', queryMore);
  router.on('GET', '/queryAll/:locator', queryMore);
}
