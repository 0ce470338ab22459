import { resolveLocale, type FormatOptions } from './format-options';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * A date field is a calendar day with no time zone: it is read and printed in UTC on both sides, so
 * '2026-01-01' is Jan 1 everywhere instead of Dec 31 west of Greenwich.
 */
export function formatCalendarDate(value: string, options: FormatOptions): string {
  const parts = CALENDAR_DATE.exec(value);
  if (!parts) return value;
  const instant = Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  return new Intl.DateTimeFormat(resolveLocale(options), { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
}

/** An instant ('2026-01-15T14:30:00.000+0000'), shown in the user's own time zone. */
export function formatDateTime(value: string, options: FormatOptions): string {
  // Salesforce writes the offset without a colon (+0000), which not every engine's Date parser accepts.
  const instant = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(instant)) return value;
  return new Intl.DateTimeFormat(resolveLocale(options), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(instant);
}

/** A time field ('14:30:00.000Z') is a time of day, not an instant: printed as is, never shifted. */
export function formatTimeOfDay(value: string, options: FormatOptions): string {
  const parts = TIME_OF_DAY.exec(value);
  if (!parts) return value;
  const instant = Date.UTC(1970, 0, 1, Number(parts[1]), Number(parts[2]), Number(parts[3] ?? 0));
  return new Intl.DateTimeFormat(resolveLocale(options), { timeStyle: 'short', timeZone: 'UTC' }).format(instant);
}
