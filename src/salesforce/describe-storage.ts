// Where describes persist between sessions. The interface is the subset of Web Storage we use, so
// `localStorage` fits as is and tests pass a Map-backed stand-in.
export interface DescribeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryDescribeStorage(): DescribeStorage & { readonly size: number } {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    get size() {
      return map.size;
    },
  };
}

/**
 * The browser's localStorage, or an in-memory store where it is unavailable: a sandboxed or partitioned
 * iframe (Front's sidebar) may throw on mere access to `localStorage`.
 */
export function browserDescribeStorage(): DescribeStorage {
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
