import type { LiteralType } from '@jetstreamapp/soql-parser-js';
import { isSalesforceId } from '../ids';
import { toComparable, type Comparable, type ValueKind } from './compare';
import { dateLiteralRange } from './date-literals';
import type { FieldPath } from './field-paths';
import { decodeLike, decodeString, parseDateLiteral, parseDatetimeLiteral, parseNumberLiteral, stripQuotes } from './literals';
import { filterTypeMismatch, invalidIdFilter, malformed } from './soql-errors';
import type { QueryContext } from './types';

// A WHERE literal checked against its field's type (Salesforce rejects a quoted date or an unquoted
// name) and turned into something the comparisons can use directly.

export type TypedLiteral =
  | { kind: 'null' }
  | { kind: 'value'; value: Comparable }
  | { kind: 'range'; start: number; end: number }
  | { kind: 'pattern'; regex: RegExp };

export interface LiteralSite {
  ctx: QueryContext;
  path: FieldPath;
  kind: ValueKind;
  /** Where the literal starts in the source, for the caret. */
  offset: number;
  like: boolean;
}

const TYPE_NAME: Record<ValueKind, string> = {
  string: 'string', id: 'string', number: 'double', boolean: 'boolean', date: 'date', datetime: 'dateTime',
};

function decodeText(site: LiteralSite, raw: string): TypedLiteral {
  const body = stripQuotes(raw);
  const decoded = site.like ? decodeLike(body) : decodeString(body);
  if (!decoded.ok) {
    const message = `Invalid string literal '${body}'. Illegal character sequence '${decoded.sequence}' in string literal.`;
    throw malformed(site.ctx, site.offset, message);
  }
  if (site.like) return { kind: 'pattern', regex: new RegExp(`^${decoded.text}$`, 'i') };
  if (decoded.text === '') return { kind: 'null' };
  if (site.kind === 'id' && !isSalesforceId(decoded.text)) throw invalidIdFilter(site.ctx, site.offset, decoded.text);
  return { kind: 'value', value: toComparable(site.kind, decoded.text) };
}

function dateRange(site: LiteralSite, raw: string): TypedLiteral {
  const range = dateLiteralRange(raw, site.ctx.org.now());
  if (!range) throw malformed(site.ctx, site.offset, `unexpected token: '${raw}'`);
  return { kind: 'range', ...range };
}

export function typedLiteral(site: LiteralSite, raw: string, literalType: LiteralType | undefined): TypedLiteral {
  if (literalType === 'NULL') return { kind: 'null' };
  const quoted = literalType === 'STRING';
  const textual = site.kind === 'string' || site.kind === 'id';
  const mismatch = () => filterTypeMismatch(site.ctx, site.offset, site.path.raw, TYPE_NAME[site.kind], textual);
  switch (site.kind) {
    case 'string':
    case 'id':
      if (!quoted) throw mismatch();
      return decodeText(site, raw);
    case 'number':
      if (literalType !== 'INTEGER' && literalType !== 'DECIMAL' && !literalType?.endsWith('CURRENCY_PREFIX')) throw mismatch();
      return { kind: 'value', value: parseNumberLiteral(raw) };
    case 'boolean':
      if (literalType !== 'BOOLEAN') throw mismatch();
      return { kind: 'value', value: raw.toLowerCase() === 'true' };
    case 'date':
    case 'datetime':
      if (literalType === 'DATE_LITERAL' || literalType === 'DATE_N_LITERAL') return dateRange(site, raw);
      if (site.kind === 'date' && literalType === 'DATE') return { kind: 'value', value: parseDateLiteral(raw) };
      if (site.kind === 'datetime' && literalType === 'DATETIME') return { kind: 'value', value: parseDatetimeLiteral(raw) };
      throw mismatch();
  }
}
