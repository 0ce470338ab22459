import { formatDatetime } from '../../store/system-fields';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Dates relative to one "today", so the seed's open deals stay in the future whenever the demo runs. */
export interface SeedCalendar {
  /** The date `offset` days from today, as YYYY-MM-DD. */
  day(offset: number): string;
  /** A wire-format datetime `offset` days from today at `hour`:00 UTC. */
  at(offset: number, hour?: number): string;
}

export function seedCalendar(today: Date): SeedCalendar {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return {
    day: (offset) => new Date(midnight + offset * DAY_MS).toISOString().slice(0, 10),
    at: (offset, hour = 9) => formatDatetime(new Date(midnight + offset * DAY_MS + hour * 60 * 60 * 1000)),
  };
}
