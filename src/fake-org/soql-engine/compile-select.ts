import type { FieldType as SelectField, Query, Subquery } from '@jetstreamapp/soql-parser-js';
import type { SObjectDescribe } from '../metadata/describe-types';
import type { AggregateColumn } from './aggregate';
import { compileAggregate } from './compile-aggregate';
import { compileOrder } from './compile-order';
import { compileWhere } from './compile-where';
import { resolvePath, type FieldPath } from './field-paths';
import type { SelectItem, SelectPlan } from './plan';
import { notSupported, unknownChildRelationship } from './soql-errors';
import type { SourceLocator } from './source-locator';
import { semiJoinKeys } from './semi-join';
import type { QueryContext } from './types';

/** What compiling needs besides the query: the org (through ctx) and the text errors point into. */
export interface CompileSite {
  ctx: QueryContext;
  locator: SourceLocator;
}

export interface SelectedFields {
  items: SelectItem[];
  /** The SELECT list as aggregate columns, in order: used when the query aggregates. */
  columns: AggregateColumn[];
  /** Plain fields of an aggregate query, which must then be grouped. */
  plain: { path: FieldPath; offset: number }[];
  countOnly: boolean;
  /** Just past the SELECT list: where the query's own clauses start. */
  end: number;
}

function rawPath(field: Extract<SelectField, { type: 'Field' | 'FieldRelationship' }>): string {
  if (field.type === 'Field') return 'rawValue' in field && typeof field.rawValue === 'string' ? field.rawValue : field.field;
  return field.rawValue ?? [...field.relationships, field.field].join('.');
}

function childItem(site: CompileSite, describe: SObjectDescribe, subquery: Subquery, start: number): SelectItem {
  const { ctx, locator } = site;
  const level = locator.levelOf(start);
  const at = locator.find(subquery.relationshipName, locator.find('FROM', start, level), level);
  const lower = subquery.relationshipName.toLowerCase();
  const relationship = describe.childRelationships.find((child) => child.relationshipName?.toLowerCase() === lower);
  const childDescribe = relationship && ctx.org.metadata.describe(relationship.childSObject);
  if (!relationship?.relationshipName || !childDescribe) throw unknownChildRelationship(ctx, at, subquery.relationshipName);
  const plan = compileSelect(site, subquery, childDescribe, start);
  return { kind: 'child', name: relationship.relationshipName, field: relationship.field, plan };
}

function compileFields(site: CompileSite, query: Query | Subquery, describe: SObjectDescribe, start: number): SelectedFields {
  const { ctx, locator } = site;
  const level = locator.levelOf(start);
  const selected: SelectedFields = { items: [], columns: [], plain: [], countOnly: false, end: start };
  let cursor = start + (ctx.source[start] === '(' ? 1 : 0);
  for (const field of query.fields ?? []) {
    switch (field.type) {
      case 'Field':
      case 'FieldRelationship': {
        const raw = rawPath(field);
        const offset = locator.find(raw, cursor, level);
        const path = resolvePath(ctx, describe, raw, offset, query.sObjectAlias);
        selected.items.push({ kind: 'field', path });
        selected.columns.push({ kind: 'group', key: path.name, path });
        selected.plain.push({ path, offset });
        cursor = offset + raw.length;
        break;
      }
      case 'FieldSubquery': {
        const subStart = locator.findSubquery(cursor);
        selected.items.push(childItem(site, describe, field.subquery, subStart));
        cursor = locator.closingParen(subStart) + 1;
        break;
      }
      case 'FieldFunctionExpression': {
        const raw = field.rawValue ?? field.functionName;
        const offset = locator.find(field.functionName, cursor, level);
        if (field.isAggregateFn && field.functionName.toUpperCase() === 'COUNT' && field.parameters.length === 0) {
          selected.countOnly = true;
        } else if (field.isAggregateFn) {
          selected.columns.push(compileAggregate(site, describe, field, offset, selected.columns, query.sObjectAlias));
        } else throw notSupported(ctx, `${field.functionName}()`);
        cursor = offset + raw.length;
        break;
      }
      default:
        throw notSupported(ctx, 'TYPEOF');
    }
  }
  selected.end = cursor;
  return selected;
}

/** Compiles a query (or a child subquery) whose text starts at `start` in the site's source. */
export function compileSelect(site: CompileSite, query: Query | Subquery, describe: SObjectDescribe, start: number): SelectPlan {
  const { ctx, locator } = site;
  const level = locator.levelOf(start);
  const selected = compileFields(site, query, describe, start);
  const whereOffset = locator.indexOfWord('WHERE', selected.end, level);
  const where = query.where
    ? compileWhere(
        {
          ctx, describe, locator, alias: query.sObjectAlias, whereOffset: Math.max(whereOffset, selected.end),
          semiJoin: (inner, from) => semiJoinKeys(site, inner, locator.findSubquery(from), compileSelect),
        },
        query.where,
      )
    : undefined;
  if (query.having) throw notSupported(ctx, 'HAVING');
  const { order, aggregate } = compileOrder(site, query, describe, selected, level);
  return {
    describe, items: selected.items, where, order, aggregate,
    limit: query.limit, offset: query.offset, countOnly: selected.countOnly,
  };
}
