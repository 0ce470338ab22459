import { termTooShort, unexpectedToken } from './sosl-errors';

// The text inside FIND {…}: words and "quoted phrases", * and ? wildcards, AND / OR / AND NOT and
// parentheses, a space meaning AND. A backslash makes the next character literal, which is how the
// reserved characters ? & | ! { } [ ] ( ) ^ ~ * : \ " ' + - are searched for.

/** One character of a word or phrase; `wildcard` marks an unescaped * or ?. */
export interface TermChar {
  ch: string;
  wildcard: boolean;
}

export type TermExpression =
  | { kind: 'atom'; chars: TermChar[] }
  | { kind: 'and' | 'or'; children: TermExpression[] }
  | { kind: 'not'; child: TermExpression };

type Token = { kind: 'atom'; chars: TermChar[]; bare: string } | { kind: '(' | ')'; at: number };

function readChars(term: string, from: number, stop: (ch: string) => boolean): { chars: TermChar[]; end: number } {
  const chars: TermChar[] = [];
  let i = from;
  for (; i < term.length && !stop(term.charAt(i)); i++) {
    const ch = term.charAt(i);
    if (ch === '\\' && i + 1 < term.length) chars.push({ ch: term.charAt(++i), wildcard: false });
    else chars.push({ ch, wildcard: ch === '*' || ch === '?' });
  }
  return { chars, end: i };
}

function tokenize(term: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < term.length; ) {
    const ch = term.charAt(i);
    if (/\s/.test(ch)) i++;
    else if (ch === '(' || ch === ')') tokens.push({ kind: ch, at: i++ });
    else if (ch === '"') {
      const { chars, end } = readChars(term, i + 1, (c) => c === '"');
      tokens.push({ kind: 'atom', chars, bare: '' });
      i = end + 1;
    } else {
      const { chars, end } = readChars(term, i, (c) => /\s/.test(c) || c === '(' || c === ')' || c === '"');
      tokens.push({ kind: 'atom', chars, bare: term.slice(i, end).toUpperCase() });
      i = end;
    }
  }
  return tokens;
}

class TermParser {
  private position = 0;

  constructor(private readonly tokens: Token[], private readonly term: string) {}

  parse(): TermExpression {
    const expression = this.or();
    const extra = this.tokens[this.position];
    if (extra) throw unexpectedToken(this.term, extra.kind === 'atom' ? 0 : extra.at, extra.kind === 'atom' ? extra.bare : ')');
    return expression;
  }

  private or(): TermExpression {
    const children = [this.and()];
    while (this.isOperator('OR')) {
      this.position++;
      children.push(this.and());
    }
    return children.length === 1 ? (children[0] as TermExpression) : { kind: 'or', children };
  }

  private and(): TermExpression {
    const children = [this.unary()];
    for (let next = this.tokens[this.position]; next && next.kind !== ')' && !this.isOperator('OR'); next = this.tokens[this.position]) {
      if (this.isOperator('AND')) this.position++;
      children.push(this.unary());
    }
    return children.length === 1 ? (children[0] as TermExpression) : { kind: 'and', children };
  }

  private unary(): TermExpression {
    if (this.isOperator('NOT')) {
      this.position++;
      return { kind: 'not', child: this.unary() };
    }
    const token = this.tokens[this.position++];
    if (token?.kind === '(') {
      const inner = this.or();
      if (this.tokens[this.position]?.kind !== ')') throw unexpectedToken(this.term, this.term.length, '');
      this.position++;
      return inner;
    }
    if (token?.kind !== 'atom') throw unexpectedToken(this.term, token?.at ?? this.term.length, token ? ')' : '');
    return { kind: 'atom', chars: token.chars };
  }

  private isOperator(word: string): boolean {
    const token = this.tokens[this.position];
    return token?.kind === 'atom' && token.bare === word;
  }
}

function significantLength(expression: TermExpression): number {
  if (expression.kind === 'atom') return expression.chars.filter((c) => !c.wildcard && /[\p{L}\p{N}]/u.test(c.ch)).length;
  if (expression.kind === 'not') return significantLength(expression.child);
  return expression.children.reduce((total, child) => total + significantLength(child), 0);
}

/** Parses the search term (escapes still in it); Salesforce refuses terms under two characters. */
export function parseSearchTerm(term: string): TermExpression {
  const tokens = tokenize(term);
  if (tokens.length === 0) throw termTooShort(term);
  const expression = new TermParser(tokens, term).parse();
  if (significantLength(expression) < 2) throw termTooShort(term);
  return expression;
}
