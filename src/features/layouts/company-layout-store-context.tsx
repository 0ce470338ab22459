import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSalesforce } from '../../salesforce';
import { createCompanyLayoutStore } from './company-layout-file';
import type { CompanyLayoutStore } from './layout-types';

const CompanyLayoutStoreContext = createContext<CompanyLayoutStore | undefined>(undefined);

/** Replaces where the company layout lives (tests, or a future storage); the org's shared file otherwise. */
export function CompanyLayoutStoreProvider({ store, children }: { store: CompanyLayoutStore; children: ReactNode }) {
  return <CompanyLayoutStoreContext.Provider value={store}>{children}</CompanyLayoutStoreContext.Provider>;
}

export function useCompanyLayoutStore(): CompanyLayoutStore {
  const provided = useContext(CompanyLayoutStoreContext);
  const { client } = useSalesforce();
  const fromOrg = useMemo(() => createCompanyLayoutStore(client), [client]);
  return provided ?? fromOrg;
}
