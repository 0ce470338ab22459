import { assertCount, renderOrderBy, withoutDuplicateFields, type NullsOrder, type OrderBy, type SortDirection } from './clauses';
import { c, type Condition } from './conditions';
import { QueryBuildError } from './errors';
import { assertFieldPath, assertName } from './escape';
import { renderCondition } from './render-condition';

/** A field path, or a child-relationship subquery built with soql.select(...).from('Cases'). */
export type SelectItem = string | SoqlQuery;

// Salesforce rejects OFFSET above 2000.
const MAX_OFFSET = 2000;

interface QueryState {
  readonly select: readonly SelectItem[] | 'count';
  readonly from: string;
  readonly where?: Condition;
  readonly orderBy: readonly OrderBy[];
  readonly limit?: number;
  readonly offset?: number;
}

/** An immutable SOQL query; every method returns a new query. */
export class SoqlQuery {
  readonly #state: QueryState;

  private constructor(state: QueryState) {
    this.#state = Object.freeze(state);
  }

  /** Entry point used by `soql`; names are validated here so mistakes fail where they are written. */
  static create(select: readonly SelectItem[] | 'count', from: string): SoqlQuery {
    if (select !== 'count') {
      if (select.length === 0) throw new QueryBuildError('INVALID_QUERY', 'SELECT needs at least one field');
      for (const item of select) if (typeof item === 'string') assertFieldPath(item);
    }
    return new SoqlQuery({ select: select === 'count' ? select : [...select], from: assertName(from), orderBy: [] });
  }

  get isCount(): boolean {
    return this.#state.select === 'count';
  }

  /** Adds a condition; several calls are ANDed together. */
  where(condition: Condition): SoqlQuery {
    const current = this.#state.where;
    if (!current) return new SoqlQuery({ ...this.#state, where: condition });
    // Appending to an existing AND keeps chained where() calls free of nested parentheses.
    const conditions = current.kind === 'and' ? [...current.conditions, condition] : [current, condition];
    return new SoqlQuery({ ...this.#state, where: c.and(...conditions) });
  }

  /** Appends a sort key; call again for secondary keys. */
  orderBy(field: string, direction?: SortDirection, nulls?: NullsOrder): SoqlQuery {
    const key: OrderBy = { field: assertFieldPath(field), ...(direction && { direction }), ...(nulls && { nulls }) };
    return new SoqlQuery({ ...this.#state, orderBy: [...this.#state.orderBy, key] });
  }

  limit(count: number): SoqlQuery {
    return new SoqlQuery({ ...this.#state, limit: assertCount('LIMIT', count) });
  }

  offset(count: number): SoqlQuery {
    return new SoqlQuery({ ...this.#state, offset: assertCount('OFFSET', count, MAX_OFFSET) });
  }

  toString(): string {
    const { where, limit, offset } = this.#state;
    return [
      `SELECT ${this.#renderSelect()}`,
      `FROM ${this.#state.from}`,
      where && `WHERE ${renderCondition(where)}`,
      renderOrderBy(this.#state.orderBy),
      limit !== undefined && `LIMIT ${limit}`,
      offset !== undefined && `OFFSET ${offset}`,
    ]
      .filter(Boolean)
      .join(' ');
  }

  #renderSelect(): string {
    const { select } = this.#state;
    if (select === 'count') return 'COUNT()';
    return withoutDuplicateFields(select)
      .map((item) => {
        if (typeof item === 'string') return item;
        if (item.isCount) throw new QueryBuildError('INVALID_QUERY', 'COUNT() cannot be used in a subquery');
        return `(${item.toString()})`;
      })
      .join(', ');
  }
}

/**
 * The one way the app builds SOQL:
 * `soql.select(['Id', 'Name']).from('Contact').where(c.eq('Email', email)).limit(5).toString()`.
 */
export const soql = {
  select: (items: readonly SelectItem[]) => ({ from: (objectName: string) => SoqlQuery.create(items, objectName) }),
  count: () => ({ from: (objectName: string) => SoqlQuery.create('count', objectName) }),
};
