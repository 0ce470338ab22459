import type { ConditionWithValueQuery, OptionalParentheses, WhereClause } from '@jetstreamapp/soql-parser-js';

// The parser hands WHERE over as a right-leaning chain with parenthesis counts on its conditions.
// This rebuilds the real boolean tree. Like Salesforce, AND and OR may not be mixed at one level
// without parentheses: `a AND b OR c` is rejected at the operator that switches.

export type WhereNode =
  | { kind: 'and' | 'or'; children: WhereNode[] }
  | { kind: 'not'; child: WhereNode }
  | { kind: 'condition'; condition: ConditionWithValueQuery };

type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | { condition: ConditionWithValueQuery };

export class MixedLogicError extends Error {
  /** Which AND/OR of the clause (0-based, in reading order) switched operator. */
  constructor(readonly operatorIndex: number, readonly operator: string) {
    super(`unexpected token: '${operator}'`);
  }
}

function repeat(token: Token, times: number | undefined, out: Token[]): void {
  for (let i = 0; i < (times ?? 0); i++) out.push(token);
}

function tokenize(clause: WhereClause): Token[] {
  const out: Token[] = [];
  let node: WhereClause | undefined = clause;
  while (node) {
    if ('operator' in node && node.operator === 'NOT') {
      const negation = node.left as { openParen?: number } | null;
      repeat('(', negation?.openParen, out);
      out.push('NOT');
      node = node.right;
      continue;
    }
    const condition = node.left as ConditionWithValueQuery & OptionalParentheses;
    repeat('(', condition.openParen, out);
    out.push({ condition });
    repeat(')', condition.closeParen, out);
    if (!('operator' in node) || !node.operator) break;
    out.push(node.operator);
    node = node.right;
  }
  return out;
}

class TreeBuilder {
  private position = 0;
  private operatorsSeen = 0;

  constructor(private readonly tokens: Token[]) {}

  expression(): WhereNode {
    const children = [this.unary()];
    let kind: 'and' | 'or' | undefined;
    for (let token = this.peek(); token === 'AND' || token === 'OR'; token = this.peek()) {
      this.position++;
      const index = this.operatorsSeen++;
      const next = token === 'AND' ? 'and' : 'or';
      if (kind && kind !== next) throw new MixedLogicError(index, token);
      kind = next;
      children.push(this.unary());
    }
    return kind ? { kind, children } : (children[0] as WhereNode);
  }

  private unary(): WhereNode {
    const token = this.tokens[this.position++];
    if (token === 'NOT') return { kind: 'not', child: this.unary() };
    if (token === '(') {
      const inner = this.expression();
      this.position++;
      return inner;
    }
    if (typeof token === 'object') return { kind: 'condition', condition: token.condition };
    throw new Error(`unexpected token in WHERE: ${String(token)}`);
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }
}

export function buildWhereTree(clause: WhereClause): WhereNode {
  return new TreeBuilder(tokenize(clause)).expression();
}
