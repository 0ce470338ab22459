import { createHostAdapter, type RawContextSource } from '../create-host-adapter';
import type { HostAdapter } from '../host-types';

export interface FakeFront {
  readonly adapter: HostAdapter;
  /** Delivers a raw context, as the SDK's contextUpdates would; functions on it stand in for bridge calls. */
  emit(raw: unknown): void;
}

/** The real adapter (parsing included) over a hand-driven context stream. */
export function createFakeFront(): FakeFront {
  const subscribers: ((raw: unknown) => void)[] = [];
  const source: RawContextSource = { subscribe: (next) => subscribers.push(next) };
  return {
    adapter: createHostAdapter(source),
    emit: (raw) => subscribers.forEach((next) => next(raw)),
  };
}
