import { assertCount, uniqueFieldPaths } from './clauses';
import type { Condition } from './conditions';
import { assertName } from './escape';
import { renderCondition } from './render-condition';
import { renderSearchTerm, searchTerm, type SearchTerm } from './search-term';
import { assertScope, MAX_SEARCH_ROWS, type SearchScope } from './sosl-builder';

export interface SearchObjectSpec {
  readonly name: string;
  readonly fields?: readonly string[];
  readonly where?: Condition;
  readonly limit?: number;
}

export interface ParameterizedSearchOptions {
  readonly in?: SearchScope;
  /** Fields returned for every object that lists none of its own. */
  readonly fields?: readonly string[];
  readonly sobjects: readonly SearchObjectSpec[];
  readonly overallLimit?: number;
}

/** The JSON body of `POST /parameterizedSearch`. */
export interface ParameterizedSearchBody {
  q: string;
  in: SearchScope;
  fields?: string[];
  sobjects: { name: string; fields?: string[]; where?: string; limit?: number }[];
  overallLimit?: number;
}

function fieldList(fields: readonly string[] | undefined): { fields?: string[] } {
  return fields && fields.length > 0 ? { fields: uniqueFieldPaths(fields) } : {};
}

function searchObject(spec: SearchObjectSpec): ParameterizedSearchBody['sobjects'][number] {
  return {
    name: assertName(spec.name),
    ...fieldList(spec.fields),
    ...(spec.where && { where: renderCondition(spec.where) }),
    ...(spec.limit !== undefined && { limit: assertCount('limit', spec.limit, MAX_SEARCH_ROWS) }),
  };
}

/**
 * A parameterized search: the same escaped search text as SOSL's FIND, and per-object WHERE clauses from the
 * same condition builder as SOQL.
 */
export function parameterizedSearch(term: SearchTerm | string, options: ParameterizedSearchOptions): ParameterizedSearchBody {
  const search = typeof term === 'string' ? searchTerm.words(term) : term;
  return {
    q: renderSearchTerm(search),
    in: assertScope(options.in ?? 'ALL'),
    ...fieldList(options.fields),
    sobjects: options.sobjects.map(searchObject),
    ...(options.overallLimit !== undefined && {
      overallLimit: assertCount('overallLimit', options.overallLimit, MAX_SEARCH_ROWS),
    }),
  };
}
