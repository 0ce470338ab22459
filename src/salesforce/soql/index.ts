// The only way the app builds SOQL and SOSL text: names are validated, values escaped, structure fixed.
export { c, likePattern, type Condition, type ComparisonOperator, type LikePattern, type LikeSegment } from './conditions';
export type { NullsOrder, OrderBy, SortDirection } from './clauses';
export { InvalidIdentifierError, QueryBuildError, type IdentifierKind, type QueryBuildErrorCode } from './errors';
export { assertFieldPath, assertName, escapeSoqlLikeText, escapeSoqlString, escapeSoslTerm } from './escape';
export {
  formatValue,
  relativeDate,
  soqlDate,
  type RelativeDateName,
  type RelativeDateNName,
  type SoqlDate,
  type SoqlRelativeDate,
  type SoqlScalar,
  type SoqlValue,
} from './literals';
export {
  parameterizedSearch,
  type ParameterizedSearchBody,
  type ParameterizedSearchOptions,
  type SearchObjectSpec,
} from './parameterized-search';
export { renderCondition } from './render-condition';
export { renderSearchTerm, searchTerm, type SearchMode, type SearchTerm } from './search-term';
export { soql, SoqlQuery, type SelectItem } from './soql-builder';
export { MAX_SEARCH_ROWS, sosl, SoslQuery, type ReturningSpec, type SearchScope } from './sosl-builder';
