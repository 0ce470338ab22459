import { ApiFault } from '../api-fault';
import { applyEmailUpdate, emailInsertFor } from '../email';
import { fileInsertFor } from '../files';
import type { SObjectDescribe } from '../metadata/describe-types';
import { junctionIdList } from '../metadata/junction-id-lists';
import type { FakeOrg } from '../org';
import { withCreateDefaults, withFollowingFields } from '../store/create-defaults';
import { isRequiredOnCreate } from '../store/field-rules';
import type { StoredRecord } from '../store/record-store';
import { parseDatetime } from '../store/system-fields';
import { checkDependentPicklists } from './dependent-picklists';
import { checkDuplicateRules } from './duplicate-rules';
import { normaliseFieldValue, normaliseIdList } from './field-values';
import { checkValidationRules } from './validation-rules';

export interface WriteContext {
  userId: string;
  headers: Headers;
}

/** Create, with Salesforce's checks in Salesforce's order: fields, access, values, required, rules. */
export function createRecord(org: FakeOrg, sobject: string, body: unknown, context: WriteContext): StoredRecord {
  const describe = org.describeOrThrow(sobject);
  assertWritable(org, describe, 'create');
  const values = normaliseBody(org, describe, body, 'createable');
  const withDefaults = withCreateDefaults(describe, values);
  const missing = describe.fields
    .filter((f) => isRequiredOnCreate(f) && (withDefaults[f.name] === undefined || withDefaults[f.name] === null))
    .map((f) => f.name);
  if (missing.length > 0) {
    throw new ApiFault(400, 'REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing);
  }
  checkDependentPicklists(describe, withDefaults, withDefaults);
  checkValidationRules(describe.name, withDefaults);
  checkDuplicateRules(org, describe.name, withDefaults, context.headers);
  const insert = fileInsertFor(describe.name) ?? emailInsertFor(describe.name);
  return insert ? insert(org, withDefaults, context.userId) : org.insertTrusted(describe.name, withDefaults, context.userId);
}

/** Update, honouring If-Unmodified-Since with a 412 when the record changed after that time. */
export function updateRecord(org: FakeOrg, sobject: string, id: string, body: unknown, context: WriteContext): StoredRecord {
  const describe = org.describeOrThrow(sobject);
  const current = existingRecord(org, describe, id);
  assertWritable(org, describe, 'update');
  assertUnmodifiedSince(current, context.headers);
  if (describe.name === 'Lead' && current.IsConverted === true) {
    throw new ApiFault(400, 'CANNOT_UPDATE_CONVERTED_LEAD', 'cannot reference converted lead');
  }
  const values = normaliseBody(org, describe, body, 'updateable');
  const merged = { ...current, ...values };
  const cleared = describe.fields.filter((f) => !f.nillable && f.updateable && f.type !== 'boolean' && merged[f.name] === null);
  if (cleared.length > 0) {
    const names = cleared.map((f) => f.name);
    throw new ApiFault(400, 'REQUIRED_FIELD_MISSING', `Required fields are missing: [${names.join(', ')}]`, names);
  }
  checkDependentPicklists(describe, merged, values);
  checkValidationRules(describe.name, merged);
  if ('Email' in values) checkDuplicateRules(org, describe.name, merged, context.headers);
  const changes = applyEmailUpdate(org, describe.name, current.Id, values, context.userId);
  const saved = org.updateTrusted(current.Id, withFollowingFields(describe, current, changes), context.userId);
  if (!saved) throw new ApiFault(404, 'NOT_FOUND', 'The requested resource does not exist');
  return saved;
}

export function deleteRecord(org: FakeOrg, sobject: string, id: string): void {
  const describe = org.describeOrThrow(sobject);
  existingRecord(org, describe, id);
  assertWritable(org, describe, 'delete');
  org.records.delete(id);
}

/** The live record `id` of this object, or Salesforce's 404 (deleted records say so). */
export function existingRecord(org: FakeOrg, describe: SObjectDescribe, id: string): StoredRecord {
  if (org.records.isDeleted(id)) throw new ApiFault(404, 'ENTITY_IS_DELETED', 'entity is deleted', []);
  const record = org.records.get(id);
  if (!record || org.records.typeOf(id)?.toLowerCase() !== describe.name.toLowerCase()) {
    throw new ApiFault(404, 'NOT_FOUND', 'The requested resource does not exist');
  }
  return record;
}

function assertWritable(org: FakeOrg, describe: SObjectDescribe, action: 'create' | 'update' | 'delete'): void {
  const readOnly = org.faults.readOnlyObjects.some((name) => name.toLowerCase() === describe.name.toLowerCase());
  const allowed = action === 'create' ? describe.createable : action === 'update' ? describe.updateable : describe.deletable;
  if (readOnly || !allowed) {
    throw new ApiFault(400, 'INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id');
  }
}

function assertUnmodifiedSince(record: StoredRecord, headers: Headers): void {
  const header = headers.get('If-Unmodified-Since');
  if (!header) return;
  const since = Date.parse(header);
  if (Number.isNaN(since)) throw new ApiFault(400, 'INVALID_HEADER_TYPE', `Invalid If-Unmodified-Since header: ${header}`);
  const modified = typeof record.LastModifiedDate === 'string' ? parseDatetime(record.LastModifiedDate).getTime() : 0;
  // HTTP dates have one-second resolution, so compare whole seconds as Salesforce does.
  if (Math.floor(modified / 1000) > Math.floor(since / 1000)) {
    throw new ApiFault(412, 'PRECONDITION_FAILED', 'The requested resource has been modified since the If-Unmodified-Since date.');
  }
}

function normaliseBody(org: FakeOrg, describe: SObjectDescribe, body: unknown, access: 'createable' | 'updateable'): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiFault(400, 'JSON_PARSER_ERROR', 'The request body must be a JSON object.');
  }
  const values: Record<string, unknown> = {};
  const forbidden: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === 'attributes') continue;
    const field = describe.fields.find((f) => f.name.toLowerCase() === key.toLowerCase());
    const idList = field ? undefined : junctionIdList(describe, key);
    if (idList) {
      values[idList.name] = normaliseIdList(org, idList, value);
      continue;
    }
    if (!field) throw new ApiFault(400, 'INVALID_FIELD', `No such column '${key}' on sobject of type ${describe.name}`);
    if (!field[access]) forbidden.push(field.name);
    else values[field.name] = normaliseFieldValue(org, field, value);
  }
  if (forbidden.length > 0) {
    throw new ApiFault(
      400,
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      `Unable to create/update fields: ${forbidden.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
      forbidden,
    );
  }
  return values;
}
