import { QueryBuildError } from './errors';
import { escapeSoqlString } from './escape';

/** A date-only value (Salesforce `date` fields), rendered unquoted as `YYYY-MM-DD`. */
export interface SoqlDate {
  readonly kind: 'date';
  readonly isoDate: string;
}

const RELATIVE_DATES = [
  'YESTERDAY', 'TODAY', 'TOMORROW', 'LAST_WEEK', 'THIS_WEEK', 'NEXT_WEEK',
  'LAST_MONTH', 'THIS_MONTH', 'NEXT_MONTH', 'LAST_90_DAYS', 'NEXT_90_DAYS',
] as const;
const RELATIVE_N_DATES = ['LAST_N_DAYS', 'NEXT_N_DAYS', 'LAST_N_WEEKS', 'NEXT_N_WEEKS', 'LAST_N_MONTHS', 'NEXT_N_MONTHS'] as const;

export type RelativeDateName = (typeof RELATIVE_DATES)[number];
export type RelativeDateNName = (typeof RELATIVE_N_DATES)[number];

/** A relative date literal evaluated by Salesforce in the running user's time zone, e.g. `LAST_N_DAYS:30`. */
export interface SoqlRelativeDate {
  readonly kind: 'relativeDate';
  readonly name: RelativeDateName | RelativeDateNName;
  readonly n?: number;
}

/** A JS Date is a point in time and becomes a dateTime literal; wrap with soqlDate() for a `date` field. */
export type SoqlScalar = string | number | boolean | Date | SoqlDate | SoqlRelativeDate;
export type SoqlValue = SoqlScalar | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Salesforce only stores dates between these years.
const MIN_YEAR = 1700;
const MAX_YEAR = 4000;

function assertSalesforceYear(year: number, shown: string): void {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new QueryBuildError('INVALID_VALUE', `Date outside Salesforce's range ${MIN_YEAR}-${MAX_YEAR}: ${shown}`);
  }
}

function validIsoDate(text: string): string {
  const match = ISO_DATE.exec(text);
  const parsed = new Date(`${text}T00:00:00Z`);
  if (!match || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    throw new QueryBuildError('INVALID_VALUE', `Not a calendar date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  }
  assertSalesforceYear(parsed.getUTCFullYear(), text);
  return text;
}

function validDate(value: Date): Date {
  if (Number.isNaN(value.getTime())) throw new QueryBuildError('INVALID_VALUE', 'Invalid Date');
  assertSalesforceYear(value.getUTCFullYear(), value.toISOString());
  return value;
}

/** A `date` literal from `YYYY-MM-DD` or from a Date's UTC calendar day (how `new Date('2026-01-05')` parses). */
export function soqlDate(value: Date | string): SoqlDate {
  const isoDate = typeof value === 'string' ? validIsoDate(value) : validDate(value).toISOString().slice(0, 10);
  return { kind: 'date', isoDate };
}

export function relativeDate(name: RelativeDateName): SoqlRelativeDate;
export function relativeDate(name: RelativeDateNName, n: number): SoqlRelativeDate;
export function relativeDate(name: RelativeDateName | RelativeDateNName, n?: number): SoqlRelativeDate {
  return n === undefined ? { kind: 'relativeDate', name } : { kind: 'relativeDate', name, n };
}

function renderRelativeDate(value: SoqlRelativeDate): string {
  if ((RELATIVE_DATES as readonly string[]).includes(value.name) && value.n === undefined) return value.name;
  const n = value.n;
  if ((RELATIVE_N_DATES as readonly string[]).includes(value.name) && n !== undefined && Number.isSafeInteger(n) && n >= 0) {
    return `${value.name}:${n}`;
  }
  throw new QueryBuildError('INVALID_VALUE', `Not a relative date literal: ${JSON.stringify(value)}`);
}

// SOQL has no exponent notation, so 1e21 or 1e-7 (how JS prints them) must be written out in full.
function expandExponent(text: string): string {
  const [mantissa = '', exponent = '0'] = text.split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  let expanded: string;
  if (point <= 0) expanded = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) expanded = digits + '0'.repeat(point - digits.length);
  else expanded = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${expanded}` : expanded;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new QueryBuildError('INVALID_VALUE', `Not a finite number: ${value}`);
  const text = String(Object.is(value, -0) ? 0 : value);
  return text.includes('e') ? expandExponent(text) : text;
}

/** The SOQL text of a value; strings are always quoted and escaped. */
export function formatValue(value: SoqlValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${escapeSoqlString(value)}'`;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Milliseconds are dropped: Salesforce documents dateTime literals only to the second.
  if (value instanceof Date) return `${validDate(value).toISOString().slice(0, 19)}Z`;
  if (value.kind === 'date') return validIsoDate(value.isoDate);
  if (value.kind === 'relativeDate') return renderRelativeDate(value);
  throw new QueryBuildError('INVALID_VALUE', `Unsupported SOQL value: ${JSON.stringify(value)}`);
}
