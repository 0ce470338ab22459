import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { HostAdapter, HostContext } from './host-types';

const HostAdapterContext = createContext<HostAdapter | null>(null);

export function HostProvider({ adapter, children }: { adapter: HostAdapter; children: ReactNode }) {
  return <HostAdapterContext.Provider value={adapter}>{children}</HostAdapterContext.Provider>;
}

export function useHost(): HostAdapter {
  const adapter = useContext(HostAdapterContext);
  if (!adapter) throw new Error('useHost() needs a <HostProvider> above it');
  return adapter;
}

/** The latest Front context, or undefined until Front sends one; re-renders on every context update. */
export function useHostContext(): HostContext | undefined {
  const adapter = useHost();
  const subscribe = useCallback((onChange: () => void) => adapter.subscribe(onChange), [adapter]);
  const current = useCallback(() => adapter.current(), [adapter]);
  return useSyncExternalStore(subscribe, current);
}
