import { QueryBuildError } from './errors';
import { assertFieldPath } from './escape';

export type SortDirection = 'ASC' | 'DESC';
export type NullsOrder = 'FIRST' | 'LAST';

export interface OrderBy {
  readonly field: string;
  readonly direction?: SortDirection;
  readonly nulls?: NullsOrder;
}

/** Drops repeated field names, case-insensitively: Salesforce rejects a query that selects a field twice. */
export function withoutDuplicateFields<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (typeof item !== 'string') return true;
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Validated field paths, each once. */
export function uniqueFieldPaths(fields: readonly string[]): string[] {
  return withoutDuplicateFields(fields.map(assertFieldPath));
}

function renderSortKey({ field, direction, nulls }: OrderBy): string {
  if (direction !== undefined && direction !== 'ASC' && direction !== 'DESC') {
    throw new QueryBuildError('INVALID_QUERY', `Not a sort direction: ${JSON.stringify(direction)}`);
  }
  if (nulls !== undefined && nulls !== 'FIRST' && nulls !== 'LAST') {
    throw new QueryBuildError('INVALID_QUERY', `Not a NULLS order: ${JSON.stringify(nulls)}`);
  }
  return [assertFieldPath(field), direction, nulls && `NULLS ${nulls}`].filter(Boolean).join(' ');
}

export function renderOrderBy(orderBy: readonly OrderBy[]): string | undefined {
  return orderBy.length > 0 ? `ORDER BY ${orderBy.map(renderSortKey).join(', ')}` : undefined;
}

export function assertCount(label: string, value: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new QueryBuildError('INVALID_LIMIT', `${label} must be an integer from 0 to ${max}, got ${value}`);
  }
  return value;
}
