import { ApiFault } from '../api-fault';
import { to18 } from '../ids';
import type { FieldDescribe } from '../metadata/describe-types';
import type { JunctionIdList } from '../metadata/junction-id-lists';
import type { FakeOrg } from '../org';
import { formatDatetime } from '../store/system-fields';

// Checks and normalises one incoming field value the way Salesforce's save does, answering with
// the same error codes and messages a real org gives.
export function normaliseFieldValue(org: FakeOrg, field: FieldDescribe, value: unknown): unknown {
  if (value === null || value === '') return field.type === 'boolean' ? false : null;
  switch (field.type) {
    case 'boolean':
      if (typeof value !== 'boolean') throw badValue(field, value, 'boolean');
      return value;
    case 'int':
    case 'double':
    case 'currency':
    case 'percent':
      return toNumber(field, value);
    case 'date':
      return toDate(field, value);
    case 'datetime':
      return toDatetime(field, value);
    case 'email':
      return toEmail(field, value);
    case 'picklist':
      return toPicklist(field, asText(value));
    case 'multipicklist':
      return asText(value).split(';').map((v) => toPicklist(field, v)).join(';');
    case 'reference':
      return toReference(org, field, asText(value));
    default:
      return toText(field, asText(value));
  }
}

/**
 * A junction ID list such as EmailMessage.ToIds: an array of IDs of the listed objects (Contacts,
 * Leads, Users), which Salesforce turns into relation rows. It is write-only in describe terms.
 */
export function normaliseIdList(org: FakeOrg, list: JunctionIdList, value: unknown): string[] {
  if (value === null) return [];
  if (!Array.isArray(value)) {
    throw new ApiFault(400, 'JSON_PARSER_ERROR', `Cannot deserialize instance of JunctionIdList from VALUE_STRING value ${asText(value)}`, [list.name]);
  }
  const allowed = list.referenceTo.map((name) => name.toLowerCase());
  return value.map((id) => {
    const target = typeof id === 'string' ? org.records.typeOf(id) : undefined;
    if (!target || !allowed.includes(target.toLowerCase())) {
      throw new ApiFault(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [list.name]);
    }
    return to18(id as string);
  });
}

/** Wire values are JSON: primitives print as themselves, anything else as its JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

function badValue(field: FieldDescribe, value: unknown, kind: string): ApiFault {
  return new ApiFault(400, 'JSON_PARSER_ERROR', `Cannot deserialize instance of ${kind} from VALUE_STRING value ${asText(value)} or request may be missing a required field`, [field.name]);
}

function toNumber(field: FieldDescribe, value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw badValue(field, value, field.type === 'int' ? 'int' : 'double');
  return field.type === 'int' ? Math.trunc(n) : n;
}

function toDate(field: FieldDescribe, value: unknown): string {
  const text = asText(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new ApiFault(400, 'JSON_PARSER_ERROR', `Cannot deserialize value of type \`date\` from String "${text}": expected format "yyyy-MM-dd"`, [field.name]);
  }
  return text;
}

function toDatetime(field: FieldDescribe, value: unknown): string {
  const text = asText(value).replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(text);
  if (Number.isNaN(time)) {
    throw new ApiFault(400, 'JSON_PARSER_ERROR', `Cannot deserialize value of type \`datetime\` from String "${asText(value)}"`, [field.name]);
  }
  return formatDatetime(new Date(time));
}

function toEmail(field: FieldDescribe, value: unknown): string {
  const text = asText(value).trim();
  // Salesforce accepts RFC-ish addresses including apostrophes and plus signs.
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
    throw new ApiFault(400, 'INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${text}`, [field.name]);
  }
  return toText(field, text);
}

function toPicklist(field: FieldDescribe, value: string): string {
  const entry = field.picklistValues.find((p) => p.value === value);
  if (field.restrictedPicklist && (!entry || !entry.active)) {
    throw new ApiFault(400, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${field.label}: bad value for restricted picklist field: ${value}`, [field.name]);
  }
  return value;
}

function toReference(org: FakeOrg, field: FieldDescribe, value: string): string {
  if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value)) {
    throw new ApiFault(400, 'MALFORMED_ID', `${field.label}: id value of incorrect type: ${value}`, [field.name]);
  }
  const target = org.records.typeOf(value);
  const allowed = field.referenceTo.map((name) => name.toLowerCase());
  if (!target || !allowed.includes(target.toLowerCase())) {
    throw new ApiFault(400, 'INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, [field.name]);
  }
  return to18(value);
}

function toText(field: FieldDescribe, value: string): string {
  if (field.length > 0 && value.length > field.length) {
    throw new ApiFault(400, 'STRING_TOO_LONG', `${field.label}: data value too large: ${value.slice(0, 80)} (max length=${field.length})`, [field.name]);
  }
  return value;
}
