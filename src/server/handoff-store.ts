// Inside Front the sign-in popup has no opener to post the OAuth result to, and its storage is partitioned away
// from the plugin's, so the callback page leaves the result here under the flow's `state` and the plugin collects
// it. Entries are one-time, short-lived and few: the store holds codes nobody has redeemed yet, nothing more.

export const HANDOFF_TTL_MS = 5 * 60 * 1000;
export const HANDOFF_MAX_ENTRIES = 1000;

export type PutResult = 'stored' | 'duplicate' | 'full';

export interface HandoffStore<T> {
  /** First write wins: a second result for the same state is refused, so it cannot replace the real one. */
  put(state: string, value: T): PutResult;
  /** The value, removed on read; undefined when absent or expired. */
  take(state: string): T | undefined;
}

export interface HandoffStoreOptions {
  readonly ttlMs?: number;
  readonly maxEntries?: number;
  readonly now?: () => number;
}

export function createHandoffStore<T>({ ttlMs = HANDOFF_TTL_MS, maxEntries = HANDOFF_MAX_ENTRIES, now = Date.now }: HandoffStoreOptions = {}): HandoffStore<T> {
  const entries = new Map<string, { value: T; expiresAt: number }>();

  const dropExpired = () => {
    const time = now();
    for (const [state, entry] of entries) if (entry.expiresAt <= time) entries.delete(state);
  };

  return {
    put(state, value) {
      dropExpired();
      if (entries.has(state)) return 'duplicate';
      // When full, new entries are refused rather than old ones evicted: a flood then cannot push out the
      // result a teammate is waiting for, and it drains by itself within the TTL.
      if (entries.size >= maxEntries) return 'full';
      entries.set(state, { value, expiresAt: now() + ttlMs });
      return 'stored';
    },
    take(state) {
      dropExpired();
      const entry = entries.get(state);
      entries.delete(state);
      return entry?.value;
    },
  };
}
