import { ApiFault } from '../../api-fault';
import { isSalesforceId } from '../../ids';
import type { SObjectDescribe } from '../../metadata/describe-types';
import { recordUrl } from '../../soql-engine/types';
import type { StoredRecord } from '../../store/record-store';
import { externalIdField, recordsByExternalId } from '../../writes/external-id-lookup';
import { createRecord, updateRecord } from '../../writes/sobject-writes';
import { blob } from './blob-route';
import { readRecord } from './record-read';
import type { RestCall, RestResult } from './rest-types';
import type { RestRouter } from './router';
import { createdResult } from './save-result';

// Several records share the value: Salesforce answers 300 Multiple Choices with their URLs and writes nothing.
function multipleChoices(call: RestCall, describe: SObjectDescribe, matches: StoredRecord[]): RestResult {
  return { status: 300, body: matches.map((record) => recordUrl(call.apiVersion, describe.name, record.Id)) };
}

function lookup(call: RestCall, params: Record<string, string>) {
  const describe = call.org.describeOrThrow(params.sobject ?? '');
  const field = externalIdField(describe, params.field ?? '');
  const value = params.value ?? '';
  return { describe, field, value, matches: recordsByExternalId(call.org, describe, field, value) };
}

// GET /sobjects/{T}/{field}/{value}. The same path shape is /sobjects/{T}/{id}/{blobField}: a second
// segment that names a field of the object is an external id lookup (a field name may look like an id:
// HasOptedOutOfEmail has 18 letters), else one shaped like a record id is a blob read, else an unknown field.
function getByExternalId(call: RestCall, params: Record<string, string>): RestResult | Promise<RestResult> {
  const describe = call.org.describeOrThrow(params.sobject ?? '');
  const second = params.field ?? '';
  if (!call.org.metadata.field(describe.name, second) && isSalesforceId(second)) {
    return blob(call, { sobject: params.sobject ?? '', id: params.field ?? '', field: params.value ?? '' });
  }
  const { matches } = lookup(call, params);
  if (matches.length > 1) return multipleChoices(call, describe, matches);
  const [record] = matches;
  if (!record) throw new ApiFault(404, 'NOT_FOUND', 'The requested resource does not exist');
  return readRecord(call, describe, record);
}

// PATCH /sobjects/{T}/{field}/{value}: upsert. Since v46 both outcomes carry a body with `created`;
// every version this org serves (50.0+) is past that, so an update answers 200, never 204.
function upsert(call: RestCall, params: Record<string, string>): RestResult {
  const { describe, field, value, matches } = lookup(call, params);
  if (matches.length > 1) return multipleChoices(call, describe, matches);
  const context = { userId: call.userId, headers: call.headers };
  const [existing] = matches;
  if (existing) {
    updateRecord(call.org, describe.name, existing.Id, call.body, context);
    return { status: 200, body: { id: existing.Id, success: true, errors: [], created: false } };
  }
  // An unknown Id cannot be created under that Id.
  if (field.type === 'id') throw new ApiFault(404, 'NOT_FOUND', 'The requested resource does not exist');
  // A body that is not a JSON object goes through unchanged, so the create answers its JSON_PARSER_ERROR.
  const fields = isJsonObject(call.body) ? { ...call.body, [field.name]: value } : call.body;
  const created = createRecord(call.org, describe.name, fields, context);
  return createdResult(call, describe.name, created.Id, { created: true });
}

function isJsonObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

export function registerExternalIdRoutes(router: RestRouter): void {
  router.on('GET', '/sobjects/:sobject/:field/:value', getByExternalId).on('PATCH', '/sobjects/:sobject/:field/:value', upsert);
}
