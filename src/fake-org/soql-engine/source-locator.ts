// Finds where a name appears in the query text so errors can point at it with Salesforce's caret
// block. Matching is case-insensitive, on whole words, skips string literals, and can be limited to
// one parenthesis depth so a subquery's WHERE is not taken for its parent's.

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\w.]/.test(ch);
}

interface Scan {
  /** True for characters inside '…' literals (backslash escapes honoured). */
  literal: boolean[];
  /** Parenthesis depth of each character; an opening parenthesis sits at its outer depth. */
  depth: number[];
}

function scan(source: string): Scan {
  const literal = new Array<boolean>(source.length).fill(false);
  const depth = new Array<number>(source.length).fill(0);
  let inString = false;
  let level = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (!inString && ch === ')') level = Math.max(0, level - 1);
    depth[i] = level;
    if (inString) {
      literal[i] = true;
      if (ch === '\\' && i + 1 < source.length) {
        literal[i + 1] = true;
        depth[i + 1] = level;
        i++;
      } else if (ch === "'") inString = false;
    } else if (ch === "'") {
      literal[i] = true;
      inString = true;
    } else if (ch === '(') level++;
  }
  return { literal, depth };
}

export class SourceLocator {
  private readonly lower: string;
  private readonly scanned: Scan;

  constructor(readonly source: string) {
    this.lower = source.toLowerCase();
    this.scanned = scan(source);
  }

  /** The depth of the clauses of a query starting at `offset` (at its SELECT or its opening parenthesis). */
  levelOf(offset: number): number {
    return (this.scanned.depth[offset] ?? 0) + (this.source[offset] === '(' ? 1 : 0);
  }

  /** Offset of the first whole-word occurrence of `text` at or after `from` (at `level` if given), or -1. */
  indexOfWord(text: string, from = 0, level?: number): number {
    const needle = text.toLowerCase();
    for (let at = this.lower.indexOf(needle, from); at >= 0; at = this.lower.indexOf(needle, at + 1)) {
      const bounded = !isWordChar(this.source[at - 1]) && !isWordChar(this.source[at + needle.length]);
      const levelled = level === undefined || this.scanned.depth[at] === level;
      if (bounded && levelled && !this.scanned.literal[at]) return at;
    }
    return -1;
  }

  /** Like indexOfWord, but falls back to `from` so a caret can always be drawn. */
  find(text: string, from = 0, level?: number): number {
    const at = this.indexOfWord(text, from, level);
    return at >= 0 ? at : Math.min(from, this.source.length);
  }

  /** The n-th (0-based) whole-word occurrence of any of `words` at or after `from`. */
  findNth(words: string[], n: number, from: number): number {
    let at = from - 1;
    for (let i = 0; i <= n; i++) {
      const hits = words.map((word) => this.indexOfWord(word, at + 1)).filter((hit) => hit >= 0);
      if (hits.length === 0) return from;
      at = Math.min(...hits);
    }
    return at;
  }

  /** Where the next nested `(SELECT` starts, at or after `from`. */
  findSubquery(from: number): number {
    const pattern = /\(\s*select\b/g;
    pattern.lastIndex = from;
    for (let match = pattern.exec(this.lower); match; match = pattern.exec(this.lower)) {
      if (!this.scanned.literal[match.index]) return match.index;
    }
    return from;
  }

  /** The parenthesis closing the one opened at `open`; the end of the source if unbalanced. */
  closingParen(open: number): number {
    const level = this.scanned.depth[open] ?? 0;
    for (let i = open + 1; i < this.source.length; i++) {
      if (this.source[i] === ')' && !this.scanned.literal[i] && this.scanned.depth[i] === level) return i;
    }
    return this.source.length;
  }
}

/** Salesforce's caret block: the offending line, a caret under the column, then the message. */
export function caretMessage(source: string, offset: number, message: string): string {
  const before = source.slice(0, offset);
  const row = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const column = offset - lineStart + 1;
  return `\n${line}\n${' '.repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${message}`;
}
