import type { SoqlScalar, SoqlValue } from './literals';
import type { SoqlQuery } from './soql-builder';

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** A LIKE pattern: literal text segments (escaped) and wildcards (kept). */
export type LikeSegment = { readonly text: string } | { readonly wildcard: '%' | '_' };
export interface LikePattern {
  readonly kind: 'likePattern';
  readonly segments: readonly LikeSegment[];
}

// Conditions are plain data; the renderer validates every field name and escapes every value, so even a
// hand-built condition cannot smuggle raw text into a query.
export type Condition =
  | { readonly kind: 'compare'; readonly field: string; readonly operator: ComparisonOperator; readonly value: SoqlValue }
  | { readonly kind: 'like'; readonly field: string; readonly pattern: LikePattern }
  | { readonly kind: 'in'; readonly field: string; readonly negated: boolean; readonly values: readonly SoqlScalar[] }
  | { readonly kind: 'inQuery'; readonly field: string; readonly negated: boolean; readonly query: SoqlQuery }
  | { readonly kind: 'and' | 'or'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'not'; readonly condition: Condition };

const ANY: LikeSegment = { wildcard: '%' };

/** Builders for LIKE patterns whose user text always matches literally (`%`, `_` included). */
export const likePattern = {
  exactly: (text: string): LikePattern => ({ kind: 'likePattern', segments: [{ text }] }),
  startsWith: (text: string): LikePattern => ({ kind: 'likePattern', segments: [{ text }, ANY] }),
  endsWith: (text: string): LikePattern => ({ kind: 'likePattern', segments: [ANY, { text }] }),
  contains: (text: string): LikePattern => ({ kind: 'likePattern', segments: [ANY, { text }, ANY] }),
  /** A developer-written pattern in which `%` and `_` are wildcards; quotes and backslashes are still escaped. */
  wildcards: (pattern: string): LikePattern => ({
    kind: 'likePattern',
    segments: pattern
      .split(/([%_])/)
      .filter((part) => part !== '')
      .map((part) => (part === '%' || part === '_' ? { wildcard: part } : { text: part })),
  }),
};

const compare =
  (operator: ComparisonOperator) =>
  (field: string, value: SoqlValue): Condition => ({ kind: 'compare', field, operator, value });

const ordered =
  (operator: ComparisonOperator) =>
  (field: string, value: SoqlScalar): Condition => ({ kind: 'compare', field, operator, value });

/** Condition constructors: `c.and(c.eq('Email', email), c.notNull('AccountId'))`. */
export const c = {
  eq: compare('='),
  ne: compare('!='),
  lt: ordered('<'),
  lte: ordered('<='),
  gt: ordered('>'),
  gte: ordered('>='),
  /** A plain string matches exactly (its `%` and `_` are escaped); pass a likePattern for wildcards. */
  like: (field: string, pattern: string | LikePattern): Condition => ({
    kind: 'like',
    field,
    pattern: typeof pattern === 'string' ? likePattern.exactly(pattern) : pattern,
  }),
  in: (field: string, values: readonly SoqlScalar[]): Condition => ({ kind: 'in', field, negated: false, values }),
  notIn: (field: string, values: readonly SoqlScalar[]): Condition => ({ kind: 'in', field, negated: true, values }),
  /** Semi-join: `AccountId IN (SELECT AccountId FROM Contact WHERE …)`; the subquery selects one Id or lookup field. */
  inQuery: (field: string, query: SoqlQuery): Condition => ({ kind: 'inQuery', field, negated: false, query }),
  notInQuery: (field: string, query: SoqlQuery): Condition => ({ kind: 'inQuery', field, negated: true, query }),
  isNull: (field: string): Condition => ({ kind: 'compare', field, operator: '=', value: null }),
  notNull: (field: string): Condition => ({ kind: 'compare', field, operator: '!=', value: null }),
  and: (...conditions: Condition[]): Condition => ({ kind: 'and', conditions }),
  or: (...conditions: Condition[]): Condition => ({ kind: 'or', conditions }),
  not: (condition: Condition): Condition => ({ kind: 'not', condition }),
};
