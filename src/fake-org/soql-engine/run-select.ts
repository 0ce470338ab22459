import type { StoredRecord } from '../store/record-store';
import { aggregateRows } from './aggregate';
import { idKey } from './compare';
import { sortRows } from './ordering';
import type { ChildItem, SelectPlan } from './plan';
import { placeField } from './project';
import { recordUrl, type QueryContext, type QueryResult, type WireRecord } from './types';

// Runs a compiled query over candidate records: WHERE, ORDER BY, OFFSET, LIMIT, then the projection
// (or the count, or the aggregate rows).

function page<T>(rows: T[], plan: SelectPlan): T[] {
  const offset = plan.offset ?? 0;
  return rows.slice(offset, plan.limit === undefined ? undefined : offset + plan.limit);
}

/** The records a plan selects, in order, before projection. */
export function selectRecords(plan: SelectPlan, candidates: StoredRecord[]): StoredRecord[] {
  const matching = plan.where ? candidates.filter(plan.where) : candidates;
  return page(sortRows(matching, plan.order), plan);
}

function childResult(ctx: QueryContext, item: ChildItem, parent: StoredRecord): QueryResult | null {
  const parentKey = idKey(parent.Id);
  const children = ctx.org.records.all(item.plan.describe.name).filter((child) => {
    const lookup = child[item.field];
    return typeof lookup === 'string' && idKey(lookup) === parentKey;
  });
  const result = runPlan(ctx, item.plan, children);
  return result.records.length > 0 ? result : null;
}

function project(ctx: QueryContext, plan: SelectPlan, record: StoredRecord): WireRecord {
  const type = plan.describe.name;
  const wire: WireRecord = { attributes: { type, url: recordUrl(ctx.apiVersion, type, record.Id) } };
  for (const item of plan.items) {
    if (item.kind === 'field') placeField(ctx, wire, record, item.path);
    else wire[item.name] = childResult(ctx, item, record);
  }
  return wire;
}

export function runPlan(ctx: QueryContext, plan: SelectPlan, candidates: StoredRecord[]): QueryResult {
  if (plan.countOnly) return { totalSize: selectRecords(plan, candidates).length, done: true, records: [] };
  if (plan.aggregate) {
    const { columns, groupBy, order } = plan.aggregate;
    const matching = plan.where ? candidates.filter(plan.where) : candidates;
    const rows = page(sortRows(aggregateRows(ctx.org, matching, columns, groupBy), order), plan);
    return { totalSize: rows.length, done: true, records: rows };
  }
  const records = selectRecords(plan, candidates).map((record) => project(ctx, plan, record));
  return { totalSize: records.length, done: true, records };
}
