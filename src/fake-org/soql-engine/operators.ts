import type { Operator } from '@jetstreamapp/soql-parser-js';
import { asText, compareComparables, toComparable, type Comparable, type ValueKind } from './compare';
import type { TypedLiteral } from './typed-literal';

// SOQL's comparison semantics, nulls included: `!=` and NOT IN keep records whose field is null,
// the ordering operators never match a null, a date literal stands for its whole range.

function equals(value: Comparable | null, literal: TypedLiteral): boolean {
  if (literal.kind === 'null') return value === null;
  if (value === null || literal.kind === 'pattern') return false;
  if (literal.kind === 'range') return typeof value === 'number' && value >= literal.start && value < literal.end;
  return value === literal.value;
}

function ordered(operator: Operator, value: Comparable | null, literal: TypedLiteral): boolean {
  if (value === null || literal.kind === 'null' || literal.kind === 'pattern') return false;
  if (literal.kind === 'range') {
    if (typeof value !== 'number') return false;
    if (operator === '<') return value < literal.start;
    if (operator === '<=') return value < literal.end;
    if (operator === '>') return value >= literal.end;
    return value >= literal.start;
  }
  const order = compareComparables(value, literal.value);
  if (operator === '<') return order < 0;
  if (operator === '<=') return order <= 0;
  if (operator === '>') return order > 0;
  return order >= 0;
}

/** INCLUDES ('a;b', 'c'): the multi-select holds both a and b, or holds c. */
function includes(raw: unknown, literals: TypedLiteral[]): boolean {
  if (raw === null) return false;
  const selected = new Set(asText(raw).split(';').map((part) => part.trim().toLowerCase()));
  return literals.some(
    (literal) => literal.kind === 'value' && String(literal.value).split(';').every((part) => selected.has(part.trim())),
  );
}

/** Whether a record whose field holds `raw` (null when empty) satisfies `field operator literals`. */
export function satisfies(operator: Operator, kind: ValueKind, raw: unknown, literals: TypedLiteral[]): boolean {
  const value = raw === null ? null : toComparable(kind, raw);
  const first = literals[0] ?? { kind: 'null' };
  switch (operator) {
    case '=':
      return equals(value, first);
    case '!=':
      return !equals(value, first);
    case 'IN':
      return literals.some((literal) => equals(value, literal));
    case 'NOT IN':
      return !literals.some((literal) => equals(value, literal));
    case 'LIKE':
      return raw !== null && first.kind === 'pattern' && first.regex.test(asText(raw));
    case 'INCLUDES':
      return includes(raw, literals);
    case 'EXCLUDES':
      return !includes(raw, literals);
    default:
      return ordered(operator, value, first);
  }
}
