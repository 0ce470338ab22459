// Where describes persist between sessions. The interface is the subset of Web Storage we use, so
// `localStorage` fits as is and tests pass a Map-backed stand-in.
export interface DescribeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage whose keys can be listed, as Web Storage's can: what forgetting one org's describes needs. */
export type ListableStorage = Pick<Storage, 'length' | 'key' | 'removeItem'>;

export function memoryDescribeStorage(): DescribeStorage & ListableStorage & { readonly size: number } {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
    get size() {
      return map.size;
    },
  };
}

/**
 * The browser's localStorage, or an in-memory store where it is unavailable: a sandboxed or partitioned
 * iframe (Front's sidebar) may throw on mere access to `localStorage`.
 */
export function browserDescribeStorage(): DescribeStorage & ListableStorage {
  try {
    const storage = globalThis.localStorage;
    const probe = '__sf_describe_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryDescribeStorage();
  }
}

/** Every describe of one org is cached under this prefix (ops/describe.ts: per instance URL, then API version). */
export function describeKeyPrefix(instanceUrl: string): string {
  return `sf-describe:v1:${instanceUrl}:`;
}

/** Removes one org's cached describes (on sign-out), leaving other orgs' alone. */
export function forgetDescribes(storage: ListableStorage, instanceUrl: string): void {
  const prefix = describeKeyPrefix(instanceUrl);
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
