import { useEffect, useEffectEvent, useState } from 'react';

/** One choice of a lookup: what it shows, and the id it stands for. */
export interface LookupOption {
  readonly id: string;
  readonly name: string;
  /** A second line telling similar names apart (an email, a company). */
  readonly detail?: string;
}

export type LookupResults =
  | { readonly kind: 'idle' }
  | { readonly kind: 'too-short'; readonly minChars: number }
  | { readonly kind: 'searching' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'found'; readonly term: string; readonly options: readonly LookupOption[] };

interface Answer {
  readonly term: string;
  readonly options: readonly LookupOption[];
  readonly error?: unknown;
}

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * Searches once the text has rested for `debounceMs` and is long enough: one search per settled term, and an
 * answer that arrives after the text changed again is dropped, so the list always matches what is typed.
 */
export function useLookupResults(
  text: string,
  search: (term: string) => Promise<readonly LookupOption[]>,
  { minChars, debounceMs }: { minChars: number; debounceMs: number },
): LookupResults {
  const term = text.trim();
  const settled = useDebouncedValue(term, debounceMs);
  const [answer, setAnswer] = useState<Answer>();
  // The caller's search may be a new function on every render; only a new term should search again.
  const runSearch = useEffectEvent((searched: string) => search(searched));

  useEffect(() => {
    if (settled.length < minChars) return;
    let current = true;
    runSearch(settled).then(
      (options) => current && setAnswer({ term: settled, options }),
      (error: unknown) => current && setAnswer({ term: settled, options: [], error: error ?? new Error('Search failed') }),
    );
    return () => {
      current = false;
    };
  }, [settled, minChars]);

  if (term === '') return { kind: 'idle' };
  if (term.length < minChars) return { kind: 'too-short', minChars };
  if (settled !== term || answer?.term !== term) return { kind: 'searching' };
  if (answer.error !== undefined) return { kind: 'failed', error: answer.error };
  return { kind: 'found', term, options: answer.options };
}
