import { searchTerm, type SearchTerm } from '../../salesforce';

// Salesforce refuses a search under two characters (INVALID_SEARCH), and counts only letters and digits:
// "--" is as short as "" to it.
const MIN_SIGNIFICANT_CHARACTERS = 2;
const SIGNIFICANT = /[\p{L}\p{N}]/gu;

function significantLength(text: string): number {
  return text.match(SIGNIFICANT)?.length ?? 0;
}

/** The text as searched and cached: trimmed, inner spaces collapsed, lower case (SOSL ignores case). */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Whether Salesforce would accept the (normalised) text as a search. */
export function isSearchable(text: string): boolean {
  return significantLength(text) >= MIN_SIGNIFICANT_CHARACTERS;
}

/**
 * Search-as-you-type: the last word also matches as a prefix, so "may" finds Maya. Salesforce wants two
 * characters before a wildcard, so a last word shorter than that ("maya c") is left out until it grows,
 * keeping the results of the words before it on screen instead of none.
 */
export function typeaheadTerm(text: string): SearchTerm {
  const words = text.split(' ');
  if (significantLength(words.at(-1) ?? '') >= MIN_SIGNIFICANT_CHARACTERS) return searchTerm.prefix(text);
  const leading = words.slice(0, -1).join(' ');
  return isSearchable(leading) ? searchTerm.prefix(leading) : searchTerm.words(text);
}
