import { createContext, useContext, type ReactNode } from 'react';
import type { SalesforceClient } from './client';

interface ConnectedOrg {
  readonly client: SalesforceClient;
  /** Identifies the org (and user) in query keys and storage keys, so caches never mix two orgs. */
  readonly orgKey: string;
}

const SalesforceContext = createContext<ConnectedOrg | null>(null);

export function SalesforceProvider({ client, orgKey, children }: ConnectedOrg & { children: ReactNode }) {
  return <SalesforceContext.Provider value={{ client, orgKey }}>{children}</SalesforceContext.Provider>;
}

/** The connected org; features call this inside the panel, which only renders once signed in. */
export function useSalesforce(): ConnectedOrg {
  const value = useContext(SalesforceContext);
  if (!value) throw new Error('useSalesforce() needs a <SalesforceProvider> above it');
  return value;
}
