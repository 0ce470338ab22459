import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';
import { compareComparables, kindOf, toComparable, type Comparable, type ValueKind } from './compare';
import { readPath, type FieldPath } from './field-paths';
import type { WireRecord } from './types';

// Aggregate queries (COUNT(Id), SUM(Amount) … GROUP BY Status): one AggregateResult row per group,
// grouped columns under their field name, aggregates under their alias or expr0, expr1 ….

export type AggregateColumn =
  | { kind: 'group'; key: string; path: FieldPath }
  | { kind: 'aggregate'; key: string; fn: string; path: FieldPath; raw: string; aliased: boolean };

export function columnKind(column: AggregateColumn): ValueKind {
  if (column.kind === 'aggregate' && /^(COUNT|COUNT_DISTINCT|SUM|AVG)$/.test(column.fn)) return 'number';
  return kindOf(column.path.type);
}

function nonNull(org: FakeOrg, rows: StoredRecord[], path: FieldPath): unknown[] {
  return rows.map((row) => readPath(org, row, path)).filter((value) => value !== null);
}

function extreme(values: unknown[], kind: ValueKind, sign: 1 | -1): unknown {
  let best: { raw: unknown; key: Comparable } | undefined;
  for (const raw of values) {
    const key = toComparable(kind, raw);
    if (!best || compareComparables(key, best.key) * sign > 0) best = { raw, key };
  }
  return best ? best.raw : null;
}

function aggregateValue(org: FakeOrg, column: Extract<AggregateColumn, { kind: 'aggregate' }>, rows: StoredRecord[]): unknown {
  const values = nonNull(org, rows, column.path);
  const kind = kindOf(column.path.type);
  const numbers = values.map(Number);
  const sum = numbers.reduce((total, n) => total + n, 0);
  switch (column.fn) {
    case 'COUNT':
      return values.length;
    case 'COUNT_DISTINCT':
      return new Set(values.map((value) => toComparable(kind, value))).size;
    case 'SUM':
      return numbers.length ? sum : null;
    case 'AVG':
      return numbers.length ? sum / numbers.length : null;
    case 'MIN':
      return extreme(values, kind, -1);
    default:
      return extreme(values, kind, 1);
  }
}

function groupRows(org: FakeOrg, records: StoredRecord[], groupBy: FieldPath[]): StoredRecord[][] {
  if (groupBy.length === 0) return [records];
  const groups = new Map<string, StoredRecord[]>();
  for (const record of records) {
    const key = JSON.stringify(
      groupBy.map((path) => {
        const value = readPath(org, record, path);
        return value === null ? null : toComparable(kindOf(path.type), value);
      }),
    );
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()];
}

export function aggregateRows(org: FakeOrg, records: StoredRecord[], columns: AggregateColumn[], groupBy: FieldPath[]): WireRecord[] {
  return groupRows(org, records, groupBy).map((rows) => {
    const row: WireRecord = { attributes: { type: 'AggregateResult' } };
    for (const column of columns) {
      const first = rows[0];
      if (column.kind === 'aggregate') row[column.key] = aggregateValue(org, column, rows);
      else row[column.key] = first ? readPath(org, first, column.path) : null;
    }
    return row;
  });
}
