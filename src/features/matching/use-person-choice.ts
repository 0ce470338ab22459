import { useCallback, useSyncExternalStore } from 'react';

type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

// Where the browser refuses localStorage (blocked third-party storage), choices last for the session.
const sessionChoices = new Map<string, string>();
const sessionStorageFallback: ChoiceStorage = {
  getItem: (key) => sessionChoices.get(key) ?? null,
  setItem: (key, value) => void sessionChoices.set(key, value),
  removeItem: (key) => void sessionChoices.delete(key),
};

function choiceStorage(): ChoiceStorage {
  try {
    return globalThis.localStorage ?? sessionStorageFallback;
  } catch {
    return sessionStorageFallback;
  }
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab (or another Front window) choosing for the same handle.
  globalThis.addEventListener?.('storage', listener);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', listener);
  };
}

function readChoice(key: string): string | null {
  try {
    return choiceStorage().getItem(key);
  } catch {
    return null;
  }
}

function writeChoice(key: string, id: string | null): void {
  const storage = choiceStorage();
  try {
    if (id === null) storage.removeItem(key);
    else storage.setItem(key, id);
  } catch {
    // A full quota only costs the memory of this choice; the agent can choose again.
  }
  for (const listener of listeners) listener();
}

export function choiceStorageKey(orgKey: string, handleKey: string): string {
  return `sfsb:choice:${orgKey}:${handleKey}`;
}

/**
 * Which of several people sharing a handle the agent chose, remembered per org and handle. With
 * `candidateIds`, a remembered id that is no longer among them (merged, deleted) counts as no choice.
 */
export function useRememberedChoice(
  orgKey: string,
  handleKey: string,
  candidateIds?: readonly string[],
): [chosenId: string | undefined, choose: (id: string) => void, clear: () => void] {
  const key = choiceStorageKey(orgKey, handleKey);
  const stored = useSyncExternalStore(subscribe, () => readChoice(key), () => null);
  const choose = useCallback((id: string) => writeChoice(key, id), [key]);
  const clear = useCallback(() => writeChoice(key, null), [key]);
  const valid = stored !== null && (candidateIds === undefined || candidateIds.includes(stored));
  return [valid ? stored : undefined, choose, clear];
}
