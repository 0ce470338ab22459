// SOQL's relative date literals as half-open UTC ranges [start, end) in epoch milliseconds. The fake
// org runs in UTC with weeks starting on Sunday (en_US) and a fiscal year equal to the calendar year.

export interface DateRange {
  start: number;
  end: number;
}

const DAY = 86_400_000;

function utcMidnight(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function monthStart(year: number, month: number): number {
  return Date.UTC(year, month, 1);
}

type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** Start of the unit containing `now`, shifted by `offset` whole units. */
function unitStart(now: Date, unit: Unit, offset: number): number {
  const today = utcMidnight(now);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  switch (unit) {
    case 'DAY':
      return today + offset * DAY;
    case 'WEEK':
      return today - now.getUTCDay() * DAY + offset * 7 * DAY;
    case 'MONTH':
      return monthStart(year, month + offset);
    case 'QUARTER':
      return monthStart(year, month - (month % 3) + offset * 3);
    case 'YEAR':
      return monthStart(year + offset, 0);
  }
}

function span(now: Date, unit: Unit, from: number, to: number): DateRange {
  return { start: unitStart(now, unit, from), end: unitStart(now, unit, to) };
}

const FIXED: Record<string, [Unit, number, number]> = {
  YESTERDAY: ['DAY', -1, 0], TODAY: ['DAY', 0, 1], TOMORROW: ['DAY', 1, 2],
  LAST_WEEK: ['WEEK', -1, 0], THIS_WEEK: ['WEEK', 0, 1], NEXT_WEEK: ['WEEK', 1, 2],
  LAST_MONTH: ['MONTH', -1, 0], THIS_MONTH: ['MONTH', 0, 1], NEXT_MONTH: ['MONTH', 1, 2],
  LAST_QUARTER: ['QUARTER', -1, 0], THIS_QUARTER: ['QUARTER', 0, 1], NEXT_QUARTER: ['QUARTER', 1, 2],
  LAST_YEAR: ['YEAR', -1, 0], THIS_YEAR: ['YEAR', 0, 1], NEXT_YEAR: ['YEAR', 1, 2],
  LAST_90_DAYS: ['DAY', -90, 1], NEXT_90_DAYS: ['DAY', 1, 91],
};

const UNIT_OF: Record<string, Unit> = { DAYS: 'DAY', WEEKS: 'WEEK', MONTHS: 'MONTH', QUARTERS: 'QUARTER', YEARS: 'YEAR' };

/** TODAY, THIS_MONTH, LAST_N_DAYS:7 … (fiscal variants behave as calendar ones); undefined if unknown. */
export function dateLiteralRange(literal: string, now: Date): DateRange | undefined {
  const [rawName = '', rawN] = literal.toUpperCase().split(':');
  const name = rawName.replace('_FISCAL_', '_');
  const fixed = FIXED[name];
  if (fixed) return span(now, ...fixed);
  const n = Number(rawN);
  const match = /^(LAST|NEXT)_N_(DAYS|WEEKS|MONTHS|QUARTERS|YEARS)$|^N_(DAYS|WEEKS|MONTHS|QUARTERS|YEARS)_AGO$/.exec(name);
  if (!match || !Number.isInteger(n)) return undefined;
  const unit = UNIT_OF[match[2] ?? match[3] ?? ''];
  if (!unit) return undefined;
  if (match[3]) return span(now, unit, -n, -n + 1);
  // LAST_N_DAYS:n counts back from today and includes it; the other LAST_N units end before the current one.
  if (match[1] === 'LAST') return unit === 'DAY' ? span(now, unit, -n, 1) : span(now, unit, -n, 0);
  return span(now, unit, 1, n + 1);
}
