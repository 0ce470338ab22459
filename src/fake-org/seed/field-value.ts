import type { FieldDescribe } from '../metadata/describe-types';
import { formatDatetime, parseDatetime } from '../store/system-fields';
import { REF_PREFIX, type SeedValue } from './seed-format';

export type ValueCheck = { ok: true; value: SeedValue } | { ok: false; problem: string };

const TEXT_TYPES = new Set([
  'string', 'textarea', 'email', 'phone', 'url', 'picklist', 'multipicklist', 'combobox', 'encryptedstring',
  'reference', 'id', 'base64', 'time',
]);
const NUMBER_TYPES = new Set(['double', 'currency', 'percent']);

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Checks one value against its field's type the way the REST API would accept it, and normalises
 * datetimes to the wire format so a seed may write them as plain ISO strings.
 */
export function checkFieldValue(field: FieldDescribe, value: SeedValue): ValueCheck {
  if (value === null) return { ok: true, value };
  const { type } = field;
  if (type === 'address' || type === 'location') {
    return { ok: false, problem: `is a compound ${type} field; set its component fields instead` };
  }
  if (type === 'anyType') return { ok: true, value };
  if (TEXT_TYPES.has(type)) {
    if (typeof value !== 'string') return { ok: false, problem: `expects a string (${type}), got ${typeof value}` };
    const isRef = type === 'reference' && value.startsWith(REF_PREFIX);
    if (field.length > 0 && value.length > field.length && !isRef) {
      return { ok: false, problem: `is longer than the field's ${field.length} characters` };
    }
    return { ok: true, value };
  }
  if (type === 'boolean') {
    return typeof value === 'boolean' ? { ok: true, value } : { ok: false, problem: `expects true or false, got ${typeof value}` };
  }
  if (type === 'int') {
    return Number.isInteger(value) ? { ok: true, value } : { ok: false, problem: 'expects a whole number' };
  }
  if (NUMBER_TYPES.has(type)) {
    return typeof value === 'number' ? { ok: true, value } : { ok: false, problem: `expects a number (${type}), got ${typeof value}` };
  }
  if (type === 'date') {
    return typeof value === 'string' && isIsoDate(value) ? { ok: true, value } : { ok: false, problem: 'expects a date as YYYY-MM-DD' };
  }
  if (type === 'datetime') {
    const parsed = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? parseDatetime(value) : undefined;
    if (!parsed || Number.isNaN(parsed.getTime())) return { ok: false, problem: 'expects a datetime such as 2026-01-05T09:00:00.000+0000' };
    return { ok: true, value: formatDatetime(parsed) };
  }
  return { ok: true, value };
}
