import { describe, expect, it } from 'vitest';
import { dateLiteralRange } from './date-literals';

const now = new Date('2026-01-15T12:00:00Z');
const range = (literal: string) => {
  const found = dateLiteralRange(literal, now);
  return found && [new Date(found.start).toISOString().slice(0, 10), new Date(found.end).toISOString().slice(0, 10)];
};

describe('dateLiteralRange', () => {
  it.each([
    ['TODAY', '2026-01-15', '2026-01-16'],
    ['YESTERDAY', '2026-01-14', '2026-01-15'],
    ['TOMORROW', '2026-01-16', '2026-01-17'],
    ['THIS_WEEK', '2026-01-11', '2026-01-18'],
    ['LAST_WEEK', '2026-01-04', '2026-01-11'],
    ['THIS_MONTH', '2026-01-01', '2026-02-01'],
    ['LAST_MONTH', '2025-12-01', '2026-01-01'],
    ['THIS_QUARTER', '2026-01-01', '2026-04-01'],
    ['NEXT_YEAR', '2027-01-01', '2028-01-01'],
    ['THIS_FISCAL_YEAR', '2026-01-01', '2027-01-01'],
    ['LAST_90_DAYS', '2025-10-17', '2026-01-16'],
    ['LAST_N_DAYS:7', '2026-01-08', '2026-01-16'],
    ['NEXT_N_DAYS:7', '2026-01-16', '2026-01-23'],
    ['N_DAYS_AGO:3', '2026-01-12', '2026-01-13'],
    ['LAST_N_WEEKS:2', '2025-12-28', '2026-01-11'],
    ['NEXT_N_MONTHS:2', '2026-02-01', '2026-04-01'],
    ['LAST_N_QUARTERS:1', '2025-10-01', '2026-01-01'],
  ])('%s spans [%s, %s)', (literal, start, end) => {
    expect(range(literal)).toEqual([start, end]);
  });

  it('does not know made-up literals', () => {
    expect(dateLiteralRange('SOMEDAY', now)).toBeUndefined();
  });
});
