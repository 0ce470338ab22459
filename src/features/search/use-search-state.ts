import { useQuery } from '@tanstack/react-query';
import { useSalesforce } from '../../salesforce';
import type { SearchHit } from './search-hit';
import { salesforceSearchQueryOptions, type SearchResults } from './search-queries';
import { isSearchable, normaliseSearchText } from './search-term-text';
import { useDebouncedValue } from './use-debounced-value';

// Long enough that a word typed at normal speed costs one API call, short enough to feel live.
export const SEARCH_DEBOUNCE_MS = 300;

export type SearchView =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'results'; groups: SearchResults; hits: readonly SearchHit[] }
  | { kind: 'empty'; text: string }
  | { kind: 'error'; error: Error };

/**
 * What the dropdown shows for the typed text. Results of the previous text stay up only while the debounce
 * waits; once the new text is searched, its own results or "Searching…" replace them.
 */
export function useSearchState(input: string): { view: SearchView; searchedText: string } {
  const { client, orgKey } = useSalesforce();
  const debounced = useDebouncedValue(input, SEARCH_DEBOUNCE_MS);
  const search = useQuery(salesforceSearchQueryOptions({ client, orgKey, term: debounced }));
  const typedText = normaliseSearchText(input);
  const searchedText = normaliseSearchText(debounced);
  const hits = search.data?.flatMap((group) => group.hits) ?? [];

  const view = ((): SearchView => {
    if (!isSearchable(typedText)) return { kind: 'idle' };
    if (search.data && hits.length > 0) return { kind: 'results', groups: search.data, hits };
    if (typedText !== searchedText || search.isPending) return { kind: 'searching' };
    if (search.isError) return { kind: 'error', error: search.error };
    return { kind: 'empty', text: input.trim() };
  })();
  return { view, searchedText };
}
