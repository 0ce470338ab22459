import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { searchTerm, useSalesforce, type SalesforceClient, type SearchTerm } from '../../../salesforce';
import type { LookupOption } from '../../../ui';
import { LOOKUP_LIMIT, lookupQuery, lookupSearch, searchesWithSosl, toLookupOption } from './lookup-targets';

// Salesforce refuses a search under two characters, and counts only letters and digits.
const MIN_SIGNIFICANT = 2;
const SIGNIFICANT = /[\p{L}\p{N}]/gu;
// Typing back and forth over the same few letters reuses the answers instead of spending API calls.
const LOOKUP_STALE_MS = 60_000;

const significantLength = (text: string) => text.match(SIGNIFICANT)?.length ?? 0;

/** The text as searched and cached: trimmed, inner spaces collapsed, lower case (both searches ignore case). */
function normaliseLookupText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function isLookupSearchable(text: string): boolean {
  return significantLength(text) >= MIN_SIGNIFICANT;
}

/** The last word matches as a prefix ("mai" finds Maia), once it is long enough for Salesforce's wildcard. */
function prefixTerm(text: string): SearchTerm {
  const words = text.split(' ');
  if (significantLength(words.at(-1) ?? '') >= MIN_SIGNIFICANT) return searchTerm.prefix(text);
  const leading = words.slice(0, -1).join(' ');
  return isLookupSearchable(leading) ? searchTerm.prefix(leading) : searchTerm.words(text);
}

export const lookupKeys = {
  all: (orgKey: string) => ['salesforce', orgKey, 'lookup'] as const,
  term: (orgKey: string, sobject: string, term: string) => [...lookupKeys.all(orgKey), sobject, term] as const,
};

/** Records of `sobject` whose name starts with the text: one call per (normalised) text, cached per org. */
export function lookupSearchQueryOptions({ client, orgKey }: { client: SalesforceClient; orgKey: string }, sobject: string, text: string) {
  const term = normaliseLookupText(text);
  return queryOptions({
    queryKey: lookupKeys.term(orgKey, sobject, term),
    queryFn: async (): Promise<LookupOption[]> => {
      const records = searchesWithSosl(sobject)
        ? await client.search(lookupSearch(sobject, prefixTerm(term)))
        : (await client.query(lookupQuery(sobject, term), { maxRecords: LOOKUP_LIMIT })).records;
      return records.map((record) => toLookupOption(sobject, record));
    },
    enabled: isLookupSearchable(term),
    staleTime: LOOKUP_STALE_MS,
  });
}

/** The `search` a LookupInput needs for records of `sobject`, going through the query cache. */
export function useLookupSearch(sobject: string): (text: string) => Promise<LookupOption[]> {
  const connected = useSalesforce();
  const queryClient = useQueryClient();
  return useCallback(
    async (text: string) => {
      if (!isLookupSearchable(normaliseLookupText(text))) return [];
      return queryClient.fetchQuery(lookupSearchQueryOptions(connected, sobject, text));
    },
    [connected, queryClient, sobject],
  );
}
