import { parseQuery } from '@jetstreamapp/soql-parser-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { c } from './conditions';
import { parameterizedSearch } from './parameterized-search';
import { searchTerm, type SearchMode } from './search-term';
import { sosl } from './sosl-builder';
import { anyUserText } from './test-support/tricky-strings';

const RUNS = { numRuns: 10_000 };
const TIMEOUT_MS = 60_000;
const RESERVED = new Set('?&|!{}[]()^~*:\\"\'+-');

const FIND = 'FIND {';
const REST =
  ' IN EMAIL FIELDS RETURNING Contact(Id, Name WHERE IsDeleted = false LIMIT 5), Lead(Id, Company) LIMIT 20';

function buildSearch(mode: SearchMode, input: string): string {
  return sosl
    .find(searchTerm[mode](input))
    .in('EMAIL')
    .returning('Contact', { fields: ['Id', 'Name'], where: c.eq('IsDeleted', false), limit: 5 })
    .returning('Lead', { fields: ['Id', 'Company'] })
    .limit(20)
    .toString();
}

/** Salesforce's rule: inside FIND {…} a backslash escapes the next character, and the first bare `}` ends it. */
function readFindClause(query: string): { searchText: string; rest: string } {
  expect(query.startsWith(FIND)).toBe(true);
  let i = FIND.length;
  while (i < query.length && query[i] !== '}') i += query[i] === '\\' ? 2 : 1;
  return { searchText: query.slice(FIND.length, i), rest: query.slice(i + 1) };
}

/** Splits search text into its literal characters and the reserved characters left unescaped (the syntax). */
function unescapeSearchText(searchText: string): { text: string; syntax: { char: string; at: number }[] } {
  let text = '';
  const syntax: { char: string; at: number }[] = [];
  for (let i = 0; i < searchText.length; i++) {
    const char = searchText.charAt(i);
    if (char === '\\') text += searchText.charAt(++i);
    else if (RESERVED.has(char)) syntax.push({ char, at: i });
    else text += char;
  }
  return { text, syntax };
}

// The only syntax the builder may add: quotes around a phrase or an operator word, and a prefix's final `*`.
function expectOnlyBuilderSyntax(mode: SearchMode, searchText: string, syntax: { char: string; at: number }[]): void {
  const star = syntax.filter(({ char }) => char === '*');
  const quotes = syntax.filter(({ char }) => char === '"');
  expect(star.length + quotes.length).toBe(syntax.length);
  expect(quotes.length % 2).toBe(0);
  if (mode === 'phrase') expect(quotes.map(({ at }) => at)).toEqual([0, searchText.length - 1]);
  if (mode === 'prefix') expect(star.every(({ at }) => at === searchText.length - 1)).toBe(true);
  else expect(star).toEqual([]);
  if (mode !== 'phrase') {
    const bareWords = searchText.split(/[ \t\n\r\f\v]+/);
    expect(bareWords.filter((word) => /^(?:and|or|not)\*?$/i.test(word))).toEqual([]);
  }
  for (let i = 0; i < quotes.length; i += 2) {
    const [open, close] = [quotes[i], quotes[i + 1]];
    const quoted = searchText.slice((open?.at ?? 0) + 1, close?.at);
    if (mode !== 'phrase') expect(quoted).toMatch(/^(?:and|or|not)$/i);
  }
}

describe('sosl builder properties', () => {
  it(
    'keeps FIND {…} closed around exactly the escaped input, whatever the input',
    () => {
      const mode = fc.constantFrom<SearchMode>('words', 'phrase', 'prefix');
      fc.assert(
        fc.property(mode, anyUserText, (searchMode, input) => {
          if (input.trim() === '') {
            expect(() => buildSearch(searchMode, input)).toThrow(expect.objectContaining({ code: 'EMPTY_SEARCH' }));
            return;
          }
          const { searchText, rest } = readFindClause(buildSearch(searchMode, input));
          expect(rest).toBe(REST);
          const { text, syntax } = unescapeSearchText(searchText);
          expectOnlyBuilderSyntax(searchMode, searchText, syntax);
          expect(text).toBe(searchMode === 'prefix' ? input.trimEnd() : input);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'builds parameterized search bodies whose q is the escaped input and whose WHERE parses as one condition',
    () => {
      fc.assert(
        fc.property(anyUserText.filter((input) => input.trim() !== ''), (input) => {
          const body = parameterizedSearch(searchTerm.phrase(input), {
            in: 'EMAIL',
            sobjects: [{ name: 'Contact', fields: ['Id'], where: c.eq('Email', input), limit: 5 }],
          });
          const { text, syntax } = unescapeSearchText(body.q);
          expectOnlyBuilderSyntax('phrase', body.q, syntax);
          expect(text).toBe(input);
          const where = parseQuery(`SELECT Id FROM Contact WHERE ${body.sobjects[0]?.where}`).where;
          expect(where?.left).toMatchObject({ field: 'Email', operator: '=', literalType: 'STRING' });
          expect(where && 'right' in where).toBeFalsy();
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
