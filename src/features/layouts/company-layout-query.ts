import { queryOptions } from '@tanstack/react-query';
import { recallCompanyLayouts, rememberCompanyLayouts } from './company-layout-cache';
import type { CompanyLayoutStore, CompanyLayouts } from './layout-types';

// Admins change the company layout rarely; five minutes bounds how long a teammate waits to see it.
const COMPANY_LAYOUT_STALE_MS = 5 * 60_000;

export interface CompanyLayoutQueryInput {
  readonly orgKey: string;
  readonly store: CompanyLayoutStore;
}

export const companyLayoutQueryKey = (orgKey: string) => ['salesforce', orgKey, 'company-layout'] as const;

/** null when no admin ever saved one. Starts from this browser's last copy, then checks the org. */
export function companyLayoutQueryOptions({ orgKey, store }: CompanyLayoutQueryInput) {
  return queryOptions({
    queryKey: companyLayoutQueryKey(orgKey),
    queryFn: async (): Promise<CompanyLayouts | null> => {
      const layouts = (await store.load()) ?? null;
      rememberCompanyLayouts(orgKey, layouts);
      return layouts;
    },
    initialData: () => recallCompanyLayouts(orgKey),
    // The remembered copy may be old: it shows at once, and the org is asked all the same.
    initialDataUpdatedAt: 0,
    staleTime: COMPANY_LAYOUT_STALE_MS,
  });
}
