import { describeBody, describeGlobalBody, describeGlobalEntry } from '../../metadata';
import { createRecord, deleteRecord, existingRecord, updateRecord } from '../../writes/sobject-writes';
import { recentItems } from './recent-items';
import { readRecord } from './record-read';
import { createdResult } from './save-result';
import type { RestCall, RestResult } from './rest-types';
import type { RestRouter } from './router';

/** 304 when nothing changed since the client's If-Modified-Since, as Salesforce does for describes. */
function notModifiedSince(call: RestCall, lastModified: Date): boolean {
  const header = call.headers.get('If-Modified-Since');
  if (!header) return false;
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

function describeGlobal(call: RestCall): RestResult {
  if (notModifiedSince(call, call.org.metadata.globalLastModified())) return { status: 304 };
  return { status: 200, body: describeGlobalBody(call.org.metadata, call.apiVersion) };
}

function describe(call: RestCall, params: Record<string, string>): RestResult {
  const describe = call.org.describeOrThrow(params.sobject ?? '');
  const lastModified = call.org.metadata.lastModified(describe.name) ?? new Date(0);
  if (notModifiedSince(call, lastModified)) return { status: 304 };
  call.org.usage.describeBodies += 1;
  return { status: 200, body: describeBody(describe, call.apiVersion), headers: { 'Last-Modified': lastModified.toUTCString() } };
}

// GET /sobjects/{T}/: the object's describeGlobal entry (exactly those keys) and its recent items.
function basicInfo(call: RestCall, params: Record<string, string>): RestResult {
  const describe = call.org.describeOrThrow(params.sobject ?? '');
  return { status: 200, body: { objectDescribe: describeGlobalEntry(describe, call.apiVersion), recentItems: recentItems(call, describe) } };
}

function create(call: RestCall, params: Record<string, string>): RestResult {
  const describe = call.org.describeOrThrow(params.sobject ?? '');
  const record = createRecord(call.org, describe.name, call.body, { userId: call.userId, headers: call.headers });
  return createdResult(call, describe.name, record.Id);
}

function retrieve(call: RestCall, params: Record<string, string>): RestResult {
  const describe = call.org.describeOrThrow(params.sobject ?? '');
  return readRecord(call, describe, existingRecord(call.org, describe, params.id ?? ''));
}

function update(call: RestCall, params: Record<string, string>): RestResult {
  updateRecord(call.org, params.sobject ?? '', params.id ?? '', call.body, { userId: call.userId, headers: call.headers });
  return { status: 204 };
}

function remove(call: RestCall, params: Record<string, string>): RestResult {
  deleteRecord(call.org, params.sobject ?? '', params.id ?? '');
  return { status: 204 };
}

export function registerSObjectRoutes(router: RestRouter): void {
  router
    .on('GET', '/sobjects', describeGlobal)
    .on('GET', '/sobjects/:sobject', basicInfo)
    .on('POST', '/sobjects/:sobject', create)
    .on('GET', '/sobjects/:sobject/describe', describe)
    .on('GET', '/sobjects/:sobject/:id', retrieve)
    .on('PATCH', '/sobjects/:sobject/:id', update)
    .on('DELETE', '/sobjects/:sobject/:id', remove);
}
