import { ApiFault } from '../api-fault';
import { to18 } from '../ids';
import type { FieldDescribe, SObjectDescribe } from '../metadata/describe-types';
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';

/**
 * The field a /sobjects/{T}/{field}/{value} path names, if it may identify records: an External ID
 * field, or an idLookup one (Id, Email, Name…). Anything else gets the NOT_FOUND Salesforce answers.
 */
export function externalIdField(describe: SObjectDescribe, name: string): FieldDescribe {
  const field = describe.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
  if (!field || !(field.externalId || field.idLookup)) {
    throw new ApiFault(404, 'NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${name}`);
  }
  return field;
}

// External IDs (and idLookup fields such as Email) match without regard to case, as Salesforce's
// case-insensitive unique indexes do; Ids match in their 15- or 18-character form.
function sameValue(field: FieldDescribe, stored: unknown, wanted: string): boolean {
  if (typeof stored !== 'string' && typeof stored !== 'number') return false;
  const text = String(stored);
  if (field.type === 'id' || field.type === 'reference') return to18(text) === to18(wanted);
  return text.toLowerCase() === wanted.toLowerCase();
}

/** The live records of this object whose `field` holds `value`. */
export function recordsByExternalId(org: FakeOrg, describe: SObjectDescribe, field: FieldDescribe, value: string): StoredRecord[] {
  return org.records.all(describe.name).filter((record) => sameValue(field, record[field.name], value));
}
