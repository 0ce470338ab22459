import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { STALE_TIME_MS } from '../lib/query-client';
import { searchActiveUsers, useSalesforce } from '../salesforce';
import type { LookupOption } from './use-lookup-results';

/** A LookupInput's search for an owner among active users; each term is cached so retyping it costs no API call. */
export function useUserSearch(): (term: string) => Promise<LookupOption[]> {
  const { client, orgKey } = useSalesforce();
  const queryClient = useQueryClient();
  return useCallback(
    (term: string) =>
      // The client belongs to orgKey: the key names the org, not the object that talks to it.
      // eslint-disable-next-line @tanstack/query/exhaustive-deps
      queryClient.fetchQuery({
        queryKey: ['salesforce', orgKey, 'user-search', term],
        staleTime: STALE_TIME_MS,
        queryFn: async () =>
          (await searchActiveUsers(client, term)).map(({ id, name, title }): LookupOption => ({ id, name, ...(title && { detail: title }) })),
      }),
    [client, orgKey, queryClient],
  );
}
