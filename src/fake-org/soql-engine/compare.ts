import { isSalesforceId } from '../ids';
import type { FieldType } from '../metadata/describe-types';
import { parseDateLiteral, parseDatetimeLiteral } from './literals';

// How SOQL compares values of each field type: text case-insensitively (Email = 'A@B.com' finds
// a@b.com), IDs on their case-sensitive 15-char form (so 15- and 18-char IDs are equal), dates and
// datetimes on the timeline.

export type ValueKind = 'string' | 'id' | 'number' | 'boolean' | 'date' | 'datetime';

const KIND_OF: Partial<Record<FieldType, ValueKind>> = {
  id: 'id', reference: 'id', boolean: 'boolean', date: 'date', datetime: 'datetime',
  double: 'number', currency: 'number', percent: 'number', int: 'number',
};

export function kindOf(type: FieldType): ValueKind {
  return KIND_OF[type] ?? 'string';
}

/** A 15- or 18-char ID's case-sensitive 15-char form; other strings unchanged. */
export function idKey(value: string): string {
  return isSalesforceId(value) ? value.slice(0, 15) : value;
}

export type Comparable = string | number | boolean;

/** A stored scalar as text (stored values are strings, numbers or booleans). */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

/** A non-null stored value in the form `compareComparables` orders. */
export function toComparable(kind: ValueKind, value: unknown): Comparable {
  switch (kind) {
    case 'id':
      return idKey(asText(value));
    case 'number':
      return Number(value);
    case 'boolean':
      return value === true || value === 'true';
    case 'date':
      return parseDateLiteral(asText(value));
    case 'datetime':
      return parseDatetimeLiteral(asText(value));
    case 'string':
      return asText(value).toLowerCase();
  }
}

export function compareComparables(a: Comparable, b: Comparable): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
