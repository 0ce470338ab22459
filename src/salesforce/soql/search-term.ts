import { QueryBuildError } from './errors';
import { escapeSoslTerm } from './escape';

export type SearchMode = 'words' | 'phrase' | 'prefix';

/** What to search for; the raw text is kept and escaped only when the search is rendered. */
export interface SearchTerm {
  readonly kind: 'searchTerm';
  readonly mode: SearchMode;
  readonly text: string;
}

export const searchTerm = {
  /** Words matched anywhere (Salesforce ANDs them); the user's own AND/OR/NOT are taken as words. */
  words: (text: string): SearchTerm => ({ kind: 'searchTerm', mode: 'words', text }),
  /** The exact phrase, in order. */
  phrase: (text: string): SearchTerm => ({ kind: 'searchTerm', mode: 'phrase', text }),
  /** Like words, but the last word also matches as a prefix ("smi" finds Smith): for search-as-you-type. */
  prefix: (text: string): SearchTerm => ({ kind: 'searchTerm', mode: 'prefix', text }),
};

// Only ASCII whitespace splits words here, so a keyword is quoted only where SOSL itself sees a separate word.
const WHITESPACE = /([ \t\n\r\f\v]+)/;
// SOSL reads these as operators when they stand alone; the docs' way to make them literal is to quote them.
const OPERATOR_WORD = /^(?:and|or|not)$/i;

function isWord(token: string): boolean {
  return token !== '' && !WHITESPACE.test(token);
}

function renderWord(token: string): string {
  return OPERATOR_WORD.test(token) ? `"${token}"` : escapeSoslTerm(token);
}

function renderWords(text: string): string[] {
  return text.split(WHITESPACE).map((token) => (isWord(token) ? renderWord(token) : token));
}

/** The text between FIND's braces (and the `q` of a parameterized search). */
export function renderSearchTerm(term: SearchTerm): string {
  if (term.text.trim() === '') throw new QueryBuildError('EMPTY_SEARCH', 'Search text is empty');
  switch (term.mode) {
    case 'words':
      return renderWords(term.text).join('');
    case 'phrase':
      return `"${escapeSoslTerm(term.text)}"`;
    case 'prefix': {
      const tokens = renderWords(term.text.trimEnd());
      const last = term.text.trimEnd().split(WHITESPACE).at(-1) ?? '';
      return OPERATOR_WORD.test(last) ? tokens.join('') : `${tokens.join('')}*`;
    }
    default:
      throw new QueryBuildError('INVALID_QUERY', `Unknown search mode: ${JSON.stringify(term)}`);
  }
}
