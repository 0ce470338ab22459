import type { OrderByClause, Query, Subquery } from '@jetstreamapp/soql-parser-js';
import type { SObjectDescribe } from '../metadata/describe-types';
import type { StoredRecord } from '../store/record-store';
import { columnKind, type AggregateColumn } from './aggregate';
import { kindOf } from './compare';
import type { CompileSite, SelectedFields } from './compile-select';
import { readPath, resolvePath, type FieldPath } from './field-paths';
import { sortKey, type SortKey } from './ordering';
import type { AggregatePlan } from './plan';
import { malformed, notSupported } from './soql-errors';
import type { WireRecord } from './types';

// ORDER BY and GROUP BY: record ordering for plain queries; grouping, the "must be grouped or
// aggregated" rule and row ordering for aggregate ones.

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const samePath = (a: FieldPath, b: FieldPath) =>
  a.name === b.name && a.hops.map((hop) => hop.relationshipName).join('.') === b.hops.map((hop) => hop.relationshipName).join('.');

const normalise = (expression: string) => expression.replace(/\s+/g, '').toLowerCase();

interface Ordering {
  order: SortKey<StoredRecord>[];
  aggregate: AggregatePlan | undefined;
}

function located(site: CompileSite, keyword: string, from: number, level: number): number {
  return Math.max(site.locator.indexOfWord(keyword, from, level), from);
}

function recordOrder(site: CompileSite, query: Query | Subquery, describe: SObjectDescribe, from: number): SortKey<StoredRecord>[] {
  let cursor = from;
  return asArray<OrderByClause>(query.orderBy).map((clause) => {
    if (!('field' in clause) || clause.field === undefined) throw notSupported(site.ctx, 'ORDER BY a function');
    const offset = site.locator.find(clause.field, cursor);
    cursor = offset + clause.field.length;
    const path = resolvePath(site.ctx, describe, clause.field, offset, query.sObjectAlias);
    return sortKey((record: StoredRecord) => readPath(site.ctx.org, record, path), kindOf(path.type), clause.order, clause.nulls);
  });
}

function groupPaths(site: CompileSite, query: Query | Subquery, describe: SObjectDescribe, from: number): FieldPath[] {
  let cursor = from;
  return asArray(query.groupBy).map((clause) => {
    if (!('field' in clause)) throw notSupported(site.ctx, 'GROUP BY a function');
    const offset = site.locator.find(clause.field, cursor);
    cursor = offset + clause.field.length;
    return resolvePath(site.ctx, describe, clause.field, offset, query.sObjectAlias);
  });
}

function rowOrder(site: CompileSite, query: Query | Subquery, describe: SObjectDescribe, selected: SelectedFields, from: number): SortKey<WireRecord>[] {
  let cursor = from;
  return asArray<OrderByClause>(query.orderBy).map((clause) => {
    let column: AggregateColumn | undefined;
    if ('field' in clause && clause.field !== undefined) {
      const offset = site.locator.find(clause.field, cursor);
      cursor = offset + clause.field.length;
      const path = resolvePath(site.ctx, describe, clause.field, offset, query.sObjectAlias);
      column = selected.columns.find((c) => c.kind === 'group' && samePath(c.path, path));
    } else if ('fn' in clause) {
      const expression = normalise(clause.fn.rawValue ?? '');
      column = selected.columns.find((c) => c.kind === 'aggregate' && normalise(c.raw) === expression);
    }
    if (!column) throw malformed(site.ctx, cursor, 'Ordered field must be grouped or aggregated');
    const key = column.key;
    return sortKey((row: WireRecord) => row[key] ?? null, columnKind(column), clause.order, clause.nulls);
  });
}

export function compileOrder(site: CompileSite, query: Query | Subquery, describe: SObjectDescribe, selected: SelectedFields, level: number): Ordering {
  const orderFrom = located(site, 'ORDER', selected.end, level);
  const aggregating = query.groupBy !== undefined || selected.columns.some((column) => column.kind === 'aggregate');
  if (!aggregating) return { order: recordOrder(site, query, describe, orderFrom), aggregate: undefined };
  const groupBy = groupPaths(site, query, describe, located(site, 'GROUP', selected.end, level));
  const ungrouped = selected.plain.find(({ path }) => !groupBy.some((group) => samePath(group, path)));
  if (ungrouped) throw malformed(site.ctx, ungrouped.offset, `Field must be grouped or aggregated: ${ungrouped.path.name}`);
  const order = rowOrder(site, query, describe, selected, orderFrom);
  return { order: [], aggregate: { columns: selected.columns, groupBy, order } };
}
