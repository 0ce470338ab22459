import { z } from 'zod';

// The refresh token lives in the plugin's localStorage, so a reload does not ask to sign in again. Inside Front
// that storage is partitioned under Front's site, so only this plugin, inside Front, reads it. The access token
// stays in memory. Keys are per client id and login host: a sandbox login and the production org never mix, and
// a deployment pointed at another org ignores what it did not issue.

export interface StoredLogin {
  readonly loginUrl: string;
  readonly refreshToken: string;
  readonly instanceUrl: string;
  readonly orgId: string;
  readonly userId: string;
  /** When it was last written (sign-in or rotation): the most recent login across hosts is the one restored. */
  readonly savedAt: number;
}

const storedLoginSchema = z.object({
  loginUrl: z.url(),
  refreshToken: z.string().min(1),
  instanceUrl: z.url(),
  orgId: z.string().min(1),
  userId: z.string().min(1),
  savedAt: z.number(),
});

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface TokenStore {
  /** The most recently saved login among the login hosts this deployment signs in at. */
  latest(): StoredLogin | undefined;
  read(loginUrl: string): StoredLogin | undefined;
  save(login: StoredLogin): void;
  forget(loginUrl: string): void;
  /** The storage key of a login host's entry, to recognise another tab's changes in `storage` events. */
  keyFor(loginUrl: string): string;
}

export function tokenStorageKey(clientId: string, loginUrl: string): string {
  return `sfsb:auth:v1:${clientId}:${loginUrl}`;
}

export function createTokenStore(storage: KeyValueStorage, clientId: string, loginUrls: readonly string[]): TokenStore {
  const read = (loginUrl: string): StoredLogin | undefined => {
    try {
      const parsed = storedLoginSchema.safeParse(JSON.parse(storage.getItem(tokenStorageKey(clientId, loginUrl)) ?? 'null'));
      return parsed.success && parsed.data.loginUrl === loginUrl ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    read,
    latest: () =>
      loginUrls
        .map(read)
        .filter((login) => login !== undefined)
        .sort((a, b) => b.savedAt - a.savedAt)[0],
    save(login) {
      try {
        storage.setItem(tokenStorageKey(clientId, login.loginUrl), JSON.stringify(login));
      } catch {
        // Storage full or refused: the session still works in memory, and the next page load asks to sign in.
      }
    },
    forget(loginUrl) {
      try {
        storage.removeItem(tokenStorageKey(clientId, loginUrl));
      } catch {
        // Nothing was stored where storage is refused.
      }
    },
    keyFor: (loginUrl) => tokenStorageKey(clientId, loginUrl),
  };
}

const memory = new Map<string, string>();
const memoryStorage: KeyValueStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

/** localStorage where the browser allows it; otherwise memory (the session then ends with the page). */
export function browserTokenStorage(): KeyValueStorage {
  try {
    return globalThis.localStorage ?? memoryStorage;
  } catch {
    return memoryStorage;
  }
}
