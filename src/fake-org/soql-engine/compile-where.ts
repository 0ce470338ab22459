import type { ConditionWithValueQuery, LiteralType, Query, WhereClause } from '@jetstreamapp/soql-parser-js';
import type { SObjectDescribe } from '../metadata/describe-types';
import type { StoredRecord } from '../store/record-store';
import { asText, idKey, kindOf } from './compare';
import { readPath, resolvePath } from './field-paths';
import { satisfies } from './operators';
import { malformed, notSupported } from './soql-errors';
import type { SourceLocator } from './source-locator';
import { typedLiteral } from './typed-literal';
import type { QueryContext } from './types';
import { buildWhereTree, MixedLogicError, type WhereNode } from './where-tree';

export type Predicate = (record: StoredRecord) => boolean;

export interface WhereScope {
  ctx: QueryContext;
  describe: SObjectDescribe;
  alias?: string;
  locator: SourceLocator;
  /** Where this query's WHERE keyword sits in the source. */
  whereOffset: number;
  /** Compiles the inner query of `Id IN (SELECT …)` into the ID keys it yields (computed once). */
  semiJoin: (query: Query, from: number) => () => Set<string>;
}

class WhereCompiler {
  /** Conditions compile in reading order, so each field is looked for after the previous one. */
  private cursor: number;

  constructor(private readonly scope: WhereScope) {
    this.cursor = scope.whereOffset;
  }

  node(node: WhereNode): Predicate {
    switch (node.kind) {
      case 'and': {
        const parts = node.children.map((child) => this.node(child));
        return (record) => parts.every((part) => part(record));
      }
      case 'or': {
        const parts = node.children.map((child) => this.node(child));
        return (record) => parts.some((part) => part(record));
      }
      case 'not': {
        const inner = this.node(node.child);
        return (record) => !inner(record);
      }
      case 'condition':
        return this.condition(node.condition);
    }
  }

  private condition(condition: ConditionWithValueQuery): Predicate {
    const { ctx, describe, alias, locator } = this.scope;
    if (!('field' in condition)) throw notSupported(ctx, 'A function in WHERE');
    const offset = locator.find(condition.field, this.cursor);
    this.cursor = offset + condition.field.length;
    const path = resolvePath(ctx, describe, condition.field, offset, alias);
    const read = (record: StoredRecord) => readPath(ctx.org, record, path);
    if ('valueQuery' in condition) {
      const keys = this.scope.semiJoin(condition.valueQuery, this.cursor);
      const negated = condition.operator === 'NOT IN';
      return (record) => {
        const value = read(record);
        const member = value !== null && keys().has(idKey(asText(value)));
        return negated ? !member : member;
      };
    }
    const values = Array.isArray(condition.value) ? condition.value : [condition.value];
    const declared: LiteralType | LiteralType[] | undefined = condition.literalType;
    const types = Array.isArray(declared) ? declared : values.map(() => declared);
    const kind = kindOf(path.type);
    const literals = values.map((raw, i) => {
      const literalOffset = ctx.source.indexOf(raw, this.cursor);
      const site = { ctx, path, kind, offset: literalOffset < 0 ? offset : literalOffset, like: condition.operator === 'LIKE' };
      return typedLiteral(site, raw, types[i]);
    });
    return (record) => satisfies(condition.operator, kind, read(record), literals);
  }
}

export function compileWhere(scope: WhereScope, clause: WhereClause): Predicate {
  let tree: WhereNode;
  try {
    tree = buildWhereTree(clause);
  } catch (error) {
    if (!(error instanceof MixedLogicError)) throw error;
    const offset = scope.locator.findNth(['AND', 'OR'], error.operatorIndex, scope.whereOffset);
    throw malformed(scope.ctx, offset, error.message);
  }
  return new WhereCompiler(scope).node(tree);
}
