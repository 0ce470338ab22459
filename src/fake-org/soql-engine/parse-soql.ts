import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import { ApiFault } from '../api-fault';
import { caretMessage } from './source-locator';

// Parsing with Salesforce's MALFORMED_QUERY answers. The parser reports the offending token's text but
// not its position, so the position is recovered: the offending token is the last occurrence of that
// text before which the query still parses up to its end.

const FOUND = /but found(?::\s*|\s*-->\s*)(?:'([\s\S]*)'(?:\s*<--)?|(\S+))\s*$/;
const LEXING_OFFSET = /at offset: (\d+)/;

function failsOnlyAtEnd(prefix: string): boolean {
  try {
    parseQuery(prefix);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const found = FOUND.exec(message);
    return found !== null && (found[1] ?? found[2]) === '';
  }
}

function offsetOfToken(soql: string, token: string): number {
  let best = -1;
  for (let at = soql.indexOf(token); at >= 0; at = soql.indexOf(token, at + 1)) {
    if (failsOnlyAtEnd(soql.slice(0, at))) best = at;
  }
  return best;
}

interface Located {
  offset: number;
  token: string;
}

function locate(soql: string, error: unknown): Located | undefined {
  if (!(error instanceof Error)) return undefined;
  const lexing = LEXING_OFFSET.exec(error.message);
  if (error.name === 'LexingError' && lexing) {
    const offset = Number(lexing[1]);
    return { offset, token: soql.charAt(offset) };
  }
  const found = FOUND.exec(error.message);
  if (!found) return undefined;
  const token = found[1] ?? found[2] ?? '';
  if (token === '') return { offset: soql.trimEnd().length, token: '<EOF>' };
  const offset = offsetOfToken(soql, token);
  return offset < 0 ? undefined : { offset, token };
}

/** An error at the very first token is reported bare (as for `q=invalid`); later ones with the caret block. */
function syntaxError(source: string, located: Located | undefined, code: string, fallback: string): ApiFault {
  if (!located) return new ApiFault(400, code, fallback);
  const message = `unexpected token: '${located.token}'`;
  return new ApiFault(400, code, located.offset === 0 ? message : caretMessage(source, located.offset, message));
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function parseSoql(soql: string): Query {
  try {
    return parseQuery(soql);
  } catch (error) {
    throw syntaxError(soql, locate(soql, error), 'MALFORMED_QUERY', messageOf(error));
  }
}

/**
 * For SOSL's RETURNING clauses: parses a query built from a slice of a larger statement; `toSource`
 * maps an offset in the built query back into the statement the error should point into.
 */
export function parseEmbeddedSoql(soql: string, source: string, toSource: (offset: number) => number): Query {
  try {
    return parseQuery(soql);
  } catch (error) {
    const located = locate(soql, error);
    const mapped = located && { token: located.token, offset: toSource(located.offset) };
    throw syntaxError(source, mapped, 'MALFORMED_SEARCH', messageOf(error));
  }
}
