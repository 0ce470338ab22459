import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { z } from 'zod';
import { STALE_TIME_MS } from '../../lib/query-client';
import { c, likePattern, soql, useSalesforce } from '../../salesforce';
import type { OwnerOption } from './note-draft';

const LOOKUP_LIMIT = 8;

const userOption = z
  .looseObject({ Id: z.string(), Name: z.string(), Title: z.string().nullish() })
  .transform((row): OwnerOption => ({ id: row.Id, name: row.Name, ...(row.Title && { detail: row.Title }) }));

// User.Name is indexed, so a prefix match stays fast in a large org; inactive users can't own records.
const activeUsersNamed = (term: string) =>
  soql
    .select(['Id', 'Name', 'Title'])
    .from('User')
    .where(c.and(c.like('Name', likePattern.startsWith(term)), c.eq('IsActive', true)))
    .orderBy('Name')
    .limit(LOOKUP_LIMIT);

/** The Owner LookupInput's search; each term is cached so retyping it costs no API call. */
export function useUserSearch(): (term: string) => Promise<OwnerOption[]> {
  const { client, orgKey } = useSalesforce();
  const queryClient = useQueryClient();
  return useCallback(
    (term: string) =>
      queryClient.fetchQuery({
        queryKey: ['salesforce', orgKey, 'notes', 'owner-search', term],
        staleTime: STALE_TIME_MS,
        queryFn: async () => (await client.query(activeUsersNamed(term), { recordSchema: userOption })).records,
      }),
    [client, orgKey, queryClient],
  );
}
