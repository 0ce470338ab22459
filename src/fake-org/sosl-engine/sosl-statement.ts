import { SEARCH_GROUPS, type SearchGroup } from './search-fields';
import { malformedSearch, NO_SEARCH_TERM, unexpectedToken } from './sosl-errors';

// The SOSL statement around the term:
//   FIND {term} | FIND 'term'  [IN ALL|NAME|EMAIL|PHONE|SIDEBAR FIELDS]
//   [RETURNING Object [(fields [WHERE …] [ORDER BY …] [LIMIT n] [OFFSET n])], …]  [LIMIT n]  [UPDATE …]
// Offsets are kept so errors can point into the statement.

export interface ReturningSpec {
  object: string;
  objectOffset: number;
  /** Text between the parentheses, if any, and where its opening parenthesis is. */
  body?: { text: string; open: number };
}

export interface SoslStatement {
  term: string;
  /** Where the term's text starts and ends (exclusive) in the statement. */
  termSpan: [number, number];
  group: SearchGroup;
  returning: ReturningSpec[] | undefined;
  limit: number | undefined;
}

class Scanner {
  position = 0;

  constructor(readonly source: string) {}

  skipSpace(): void {
    while (/\s/.test(this.source.charAt(this.position))) this.position++;
  }

  /** The next bare word (letters, digits, _, .), without consuming it. */
  peekWord(): string {
    this.skipSpace();
    return /^[\w.]*/.exec(this.source.slice(this.position))?.[0] ?? '';
  }

  keyword(word: string): boolean {
    if (this.peekWord().toUpperCase() !== word) return false;
    this.position += word.length;
    return true;
  }

  expect(word: string): void {
    if (!this.keyword(word)) this.fail();
  }

  word(): { text: string; at: number } {
    const text = this.peekWord();
    if (!text) this.fail();
    const at = this.position;
    this.position += text.length;
    return { text, at };
  }

  /** Reads up to `close`, skipping backslash-escaped characters; returns the text between. */
  enclosed(close: string): string {
    const start = this.position;
    for (let i = start; i < this.source.length; i++) {
      if (this.source[i] === '\\') i++;
      else if (this.source[i] === close) {
        this.position = i + 1;
        return this.source.slice(start, i);
      }
    }
    throw malformedSearch(NO_SEARCH_TERM);
  }

  /** Reads a parenthesised body, honouring nested parentheses and quoted literals. */
  parenthesised(): { text: string; open: number } {
    const open = this.position;
    let depth = 0;
    let inString = false;
    for (let i = open; i < this.source.length; i++) {
      const ch = this.source[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === "'") inString = false;
      } else if (ch === "'") inString = true;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) {
        this.position = i + 1;
        return { text: this.source.slice(open + 1, i), open };
      }
    }
    return this.fail();
  }

  fail(): never {
    this.skipSpace();
    throw unexpectedToken(this.source, this.position, this.peekWord() || this.source.charAt(this.position));
  }
}

function readTerm(scanner: Scanner): { term: string; termSpan: [number, number] } {
  scanner.expect('FIND');
  scanner.skipSpace();
  const opener = scanner.source.charAt(scanner.position);
  if (opener !== '{' && opener !== "'") throw malformedSearch(NO_SEARCH_TERM);
  const start = ++scanner.position;
  const term = scanner.enclosed(opener === '{' ? '}' : "'");
  return { term, termSpan: [start, start + term.length] };
}

function readReturning(scanner: Scanner): ReturningSpec[] {
  const specs: ReturningSpec[] = [];
  do {
    const { text, at } = scanner.word();
    scanner.skipSpace();
    const body = scanner.source.charAt(scanner.position) === '(' ? scanner.parenthesised() : undefined;
    specs.push(body ? { object: text, objectOffset: at, body } : { object: text, objectOffset: at });
    scanner.skipSpace();
  } while (scanner.source.charAt(scanner.position) === ',' && ++scanner.position);
  return specs;
}

export function parseSosl(sosl: string): SoslStatement {
  const scanner = new Scanner(sosl);
  const { term, termSpan } = readTerm(scanner);
  let group: SearchGroup = 'ALL';
  if (scanner.keyword('IN')) {
    const word = scanner.peekWord().toUpperCase() as SearchGroup;
    if (!SEARCH_GROUPS.includes(word)) scanner.fail();
    scanner.word();
    scanner.expect('FIELDS');
    group = word;
  }
  const returning = scanner.keyword('RETURNING') ? readReturning(scanner) : undefined;
  if (scanner.peekWord().toUpperCase() === 'WITH') {
    throw malformedSearch('WITH clauses are not supported by the fake org');
  }
  let limit: number | undefined;
  if (scanner.keyword('LIMIT')) {
    const { text } = scanner.word();
    if (!/^\d+$/.test(text)) scanner.fail();
    limit = Number(text);
  }
  if (scanner.keyword('UPDATE')) scanner.word();
  scanner.skipSpace();
  if (scanner.position < sosl.length) scanner.fail();
  return { term, termSpan, group, returning, limit };
}
