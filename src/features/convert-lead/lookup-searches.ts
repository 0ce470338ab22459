import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { z } from 'zod';
import { STALE_TIME_MS } from '../../lib/query-client';
import { c, likePattern, soql, useSalesforce } from '../../salesforce';
import { useUserSearch, type LookupOption } from '../../ui';

const LOOKUP_LIMIT = 8;
const text = z.string().nullish();

const accountOption = z
  .looseObject({ Id: z.string(), Name: z.string(), Website: text, BillingCity: text })
  .transform((row): LookupOption => ({ id: row.Id, name: row.Name, detail: [row.BillingCity, row.Website].filter(Boolean).join(' · ') }));

// Name is indexed, so a prefix match stays fast in a large org.
const accountsNamed = (term: string) =>
  soql.select(['Id', 'Name', 'Website', 'BillingCity']).from('Account').where(c.like('Name', likePattern.startsWith(term))).orderBy('Name').limit(LOOKUP_LIMIT);

/** Search functions for the screen's LookupInputs; each term is cached so retyping it costs no API call. */
export function useLookupSearches() {
  const { client, orgKey } = useSalesforce();
  const queryClient = useQueryClient();
  const searchAccounts = useCallback(
    (term: string) =>
      queryClient.fetchQuery({
        queryKey: ['salesforce', orgKey, 'convert-lead', 'account-search', term],
        staleTime: STALE_TIME_MS,
        queryFn: async () => (await client.query(accountsNamed(term), { recordSchema: accountOption })).records,
      }),
    [client, orgKey, queryClient],
  );
  const searchUsers = useUserSearch();
  return { searchAccounts, searchUsers };
}
