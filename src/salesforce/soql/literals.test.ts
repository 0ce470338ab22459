import { describe, expect, it } from 'vitest';
import { QueryBuildError } from './errors';
import { formatValue, relativeDate, soqlDate, type SoqlRelativeDate } from './literals';

describe('formatValue', () => {
  it('renders null, booleans and quoted strings', () => {
    expect(formatValue(null)).toBe('null');
    expect(formatValue(true)).toBe('true');
    expect(formatValue(false)).toBe('false');
    expect(formatValue("o'brien")).toBe("'o\\'brien'");
  });

  it('renders numbers without exponent notation, which SOQL does not accept', () => {
    expect(formatValue(42)).toBe('42');
    expect(formatValue(-1.5)).toBe('-1.5');
    expect(formatValue(-0)).toBe('0');
    expect(formatValue(1e21)).toBe(`1${'0'.repeat(21)}`);
    expect(formatValue(-1.25e22)).toBe(`-125${'0'.repeat(20)}`);
    expect(formatValue(1.5e-7)).toBe('0.00000015');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %s', (value) => {
    expect(() => formatValue(value)).toThrow(QueryBuildError);
  });

  it('renders a Date as a UTC dateTime literal to the second', () => {
    expect(formatValue(new Date('2026-01-05T09:00:00.123Z'))).toBe('2026-01-05T09:00:00Z');
  });

  it('rejects invalid dates and years Salesforce cannot store', () => {
    expect(() => formatValue(new Date('nope'))).toThrow(QueryBuildError);
    expect(() => formatValue(new Date('1699-12-31T00:00:00Z'))).toThrow(/1700-4000/);
  });
});

describe('soqlDate', () => {
  it('renders a date literal from YYYY-MM-DD or from the UTC day of a Date', () => {
    expect(formatValue(soqlDate('2024-02-29'))).toBe('2024-02-29');
    expect(formatValue(soqlDate(new Date('2026-01-05')))).toBe('2026-01-05');
  });

  it.each(['2026-02-30', '2026-1-5', '2026-01-05T00:00:00Z', "2026-01-05' OR Id != null"])('rejects %j', (text) => {
    expect(() => soqlDate(text)).toThrow(QueryBuildError);
  });

  it('re-validates a hand-built date value when rendering', () => {
    expect(() => formatValue({ kind: 'date', isoDate: '2026-01-05 OR Id != null' })).toThrow(QueryBuildError);
  });
});

describe('relativeDate', () => {
  it('renders fixed and N-based relative date literals', () => {
    expect(formatValue(relativeDate('TODAY'))).toBe('TODAY');
    expect(formatValue(relativeDate('LAST_N_DAYS', 30))).toBe('LAST_N_DAYS:30');
  });

  it.each<SoqlRelativeDate>([
    { kind: 'relativeDate', name: 'LAST_N_DAYS', n: -1 },
    { kind: 'relativeDate', name: 'LAST_N_DAYS', n: 1.5 },
    { kind: 'relativeDate', name: 'LAST_N_DAYS' },
    { kind: 'relativeDate', name: 'TODAY', n: 3 },
    { kind: 'relativeDate', name: 'TODAY OR Id != null' as 'TODAY' },
  ])('rejects %j', (value) => {
    expect(() => formatValue(value)).toThrow(QueryBuildError);
  });
});
