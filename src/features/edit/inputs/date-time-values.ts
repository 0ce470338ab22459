// Salesforce sends an instant ('2026-03-01T15:30:00.000+0000'); a datetime-local input holds a wall-clock time
// with no zone ('2026-03-01T10:30'). The conversion goes through the user's time zone (the browser's unless
// given), so what the agent sees and types is their own local time, and what Salesforce stores is the instant.

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(key, format);
  }
  return format;
}

/** The wall-clock time in `timeZone` at `instant`, encoded as milliseconds since the epoch read as UTC. */
function wallClock(instant: number, timeZone: string | undefined): number {
  const parts = wallClockFormat(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  const millis = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) + millis;
}

const offsetAt = (instant: number, timeZone: string | undefined) => wallClock(instant, timeZone) - instant;

/**
 * The instant a wall-clock time stands for. Next to a daylight-saving change the zone has two offsets: a time the
 * clocks pass twice (going back) is taken at its first pass, and a time they skip (going forward) is read with
 * the offset from before the change, landing just after it, as browsers do.
 */
function instantOf(wall: number, timeZone: string | undefined): number {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const passes = [wall - before, wall - after].filter((instant) => wallClock(instant, timeZone) === wall);
  return passes.length > 0 ? Math.min(...passes) : wall - before;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function secondsPart(seconds: number, millis: number): string {
  if (millis !== 0) return `:${pad(seconds)}.${pad(millis, 3)}`;
  return seconds !== 0 ? `:${pad(seconds)}` : '';
}

/** A wall-clock time as an input shows it: seconds only when there are some. */
function localText(wall: number): string {
  const date = new Date(wall);
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return `${day}T${time}${secondsPart(date.getUTCSeconds(), date.getUTCMilliseconds())}`;
}

function offsetText(offsetMs: number): string {
  const minutes = Math.abs(offsetMs) / MINUTE_MS;
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Salesforce's instant as a datetime-local value in the user's zone; '' when it isn't a date-time. */
export function instantToLocalInput(value: string, timeZone?: string): string {
  // Salesforce writes the offset without a colon (+0000), which not every engine's Date parser accepts.
  const instant = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(instant) ? '' : localText(wallClock(instant, timeZone));
}

/** A datetime-local value as an ISO instant with the zone's offset ('2026-03-01T10:30:00.000-05:00'). */
export function localInputToInstant(value: string, timeZone?: string): string | undefined {
  const parts = LOCAL_INPUT.exec(value);
  if (!parts) return undefined;
  const [year, month, day, hours, minutes, seconds = '0', millis = '0'] = parts.slice(1).map((part) => part ?? '0');
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds), Number(millis.padEnd(3, '0')));
  if (Number.isNaN(wall)) return undefined;
  const instant = instantOf(wall, timeZone);
  const shownWall = wallClock(instant, timeZone);
  const offset = shownWall - instant;
  // Historical zones had offsets in seconds (Kolkata's +05:21:10 before 1906), which ISO can't write.
  if (offset % MINUTE_MS !== 0) return new Date(instant).toISOString();
  return `${new Date(shownWall).toISOString().slice(0, -1)}${offsetText(offset)}`;
}

/** A time field ('13:30:00.000Z') is a time of day in no zone: shown as is ('13:30'), never shifted. */
export function timeToInput(value: string): string {
  const parts = TIME_OF_DAY.exec(value);
  if (!parts) return '';
  const [hours = '00', minutes = '00', seconds = '0', millis = '0'] = parts.slice(1).map((part) => part ?? '0');
  return `${hours}:${minutes}${secondsPart(Number(seconds), Number(millis.padEnd(3, '0')))}`;
}

/** A time input's value in Salesforce's wire format ('13:30' → '13:30:00.000Z'). */
export function inputToTime(value: string): string | undefined {
  const parts = TIME_OF_DAY.exec(value);
  if (!parts || parts[0] !== value) return undefined;
  const [hours = '00', minutes = '00', seconds = '0', millis = '0'] = parts.slice(1).map((part) => part ?? '0');
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  return `${hours}:${minutes}:${pad(Number(seconds))}.${millis.padEnd(3, '0')}Z`;
}

/** A date field's value ('2026-03-01'), or undefined when the text isn't a real calendar day. */
export function calendarDate(value: string): string | undefined {
  const day = value.slice(0, 10);
  if (!CALENDAR_DATE.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : undefined;
}
