import { useMemo, useState } from 'react';
import type { SObjectDescribe } from '../../salesforce';
import { byLabel, matchingFields } from './field-search';
import { isHiddenByDefault } from './field-visibility';
import { layoutFields } from './layout-model';

/**
 * The fields "All fields" lists for a search: system fields stay out unless the user asks for all of them,
 * except those on the card. A field on the card when the list opened, or ticked since, stays listed even
 * once it leaves the card, so unticking a box never makes its row vanish under the pointer.
 */
export function useCatalogFields(describe: SObjectDescribe, chosen: readonly string[], query: string) {
  const [showAll, setShowAll] = useState(false);
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set(chosen));
  const shown = useMemo(() => new Set(chosen), [chosen]);
  const all = useMemo(() => byLabel(layoutFields(describe)), [describe]);
  const usual = useMemo(
    () => all.filter((field) => !isHiddenByDefault(field) || kept.has(field.name) || shown.has(field.name)),
    [all, kept, shown],
  );
  const listed = showAll ? all : usual;
  const matches = useMemo(() => matchingFields(listed, query), [listed, query]);
  // What a search would find among the fields left out, so "0 matches" never hides that they exist.
  const hiddenMatches = useMemo(() => (showAll || !query.trim() ? 0 : matchingFields(all, query).length - matches.length), [all, matches, query, showAll]);

  const keep = (name: string) => setKept((current) => (current.has(name) ? current : new Set(current).add(name)));
  return { listed, matches, shown, showAll, setShowAll, systemCount: all.length - usual.length, hiddenMatches, keep };
}
