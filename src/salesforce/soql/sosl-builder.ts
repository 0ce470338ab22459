import { assertCount, renderOrderBy, uniqueFieldPaths, type OrderBy } from './clauses';
import type { Condition } from './conditions';
import { QueryBuildError } from './errors';
import { assertName } from './escape';
import { renderCondition } from './render-condition';
import { renderSearchTerm, searchTerm, type SearchTerm } from './search-term';

export type SearchScope = 'ALL' | 'NAME' | 'EMAIL' | 'PHONE' | 'SIDEBAR';
const SCOPES: ReadonlySet<string> = new Set<SearchScope>(['ALL', 'NAME', 'EMAIL', 'PHONE', 'SIDEBAR']);

// Salesforce caps a search at 2000 rows, overall and per object.
export const MAX_SEARCH_ROWS = 2000;

export interface ReturningSpec {
  readonly fields?: readonly string[];
  readonly where?: Condition;
  readonly orderBy?: readonly OrderBy[];
  readonly limit?: number;
}

interface Returning {
  readonly objectName: string;
  readonly spec: ReturningSpec;
}

interface SearchState {
  readonly term: SearchTerm;
  readonly scope?: SearchScope;
  readonly returning: readonly Returning[];
  readonly limit?: number;
}

export function assertScope(scope: SearchScope): SearchScope {
  if (!SCOPES.has(scope)) throw new QueryBuildError('INVALID_QUERY', `Not a search scope: ${JSON.stringify(scope)}`);
  return scope;
}

function renderReturning({ objectName, spec }: Returning): string {
  const fields = spec.fields ?? [];
  const clauses = [
    spec.where && `WHERE ${renderCondition(spec.where)}`,
    renderOrderBy(spec.orderBy ?? []),
    spec.limit !== undefined && `LIMIT ${assertCount('LIMIT', spec.limit, MAX_SEARCH_ROWS)}`,
  ].filter(Boolean);
  if (fields.length === 0) {
    if (clauses.length > 0) throw new QueryBuildError('INVALID_QUERY', `RETURNING ${objectName} needs fields`);
    return objectName;
  }
  return `${objectName}(${[uniqueFieldPaths(fields).join(', '), ...clauses].join(' ')})`;
}

/** An immutable SOSL search; every method returns a new search. */
export class SoslQuery {
  readonly #state: SearchState;

  private constructor(state: SearchState) {
    this.#state = Object.freeze(state);
  }

  static create(term: SearchTerm | string): SoslQuery {
    return new SoslQuery({ term: typeof term === 'string' ? searchTerm.words(term) : term, returning: [] });
  }

  /** Which fields to search: `IN EMAIL FIELDS`. Salesforce searches ALL fields when omitted. */
  in(scope: SearchScope): SoslQuery {
    return new SoslQuery({ ...this.#state, scope: assertScope(scope) });
  }

  /** Adds an object to the results, e.g. `returning('Contact', { fields: ['Id', 'Name'], limit: 5 })`. */
  returning(objectName: string, spec: ReturningSpec = {}): SoslQuery {
    const entry: Returning = { objectName: assertName(objectName), spec: { ...spec } };
    return new SoslQuery({ ...this.#state, returning: [...this.#state.returning, entry] });
  }

  limit(count: number): SoslQuery {
    return new SoslQuery({ ...this.#state, limit: assertCount('LIMIT', count, MAX_SEARCH_ROWS) });
  }

  toString(): string {
    const { term, scope, returning, limit } = this.#state;
    return [
      `FIND {${renderSearchTerm(term)}}`,
      scope && `IN ${scope} FIELDS`,
      returning.length > 0 && `RETURNING ${returning.map(renderReturning).join(', ')}`,
      limit !== undefined && `LIMIT ${limit}`,
    ]
      .filter(Boolean)
      .join(' ');
  }
}

/** The one way the app builds SOSL: `sosl.find(searchTerm.phrase(email)).in('EMAIL').returning('Contact', …)`. */
export const sosl = {
  find: (term: SearchTerm | string): SoslQuery => SoslQuery.create(term),
};
