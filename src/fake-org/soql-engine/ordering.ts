import { compareComparables, toComparable, type ValueKind } from './compare';

// ORDER BY as Salesforce sorts: ASC puts nulls first and DESC puts them last unless NULLS FIRST/LAST
// says otherwise; text sorts case-insensitively; ties keep the records' natural order.

export interface SortKey<T> {
  read: (row: T) => unknown;
  kind: ValueKind;
  descending: boolean;
  nullsFirst: boolean;
}

export function sortKey<T>(read: (row: T) => unknown, kind: ValueKind, order?: string, nulls?: string): SortKey<T> {
  const descending = order?.toUpperCase() === 'DESC';
  const nullsFirst = nulls ? nulls.toUpperCase() === 'FIRST' : !descending;
  return { read, kind, descending, nullsFirst };
}

function compareBy<T>(key: SortKey<T>, a: T, b: T): number {
  const left = key.read(a);
  const right = key.read(b);
  if (left === null || right === null) {
    if (left === right) return 0;
    return (left === null) === key.nullsFirst ? -1 : 1;
  }
  const order = compareComparables(toComparable(key.kind, left), toComparable(key.kind, right));
  return key.descending ? -order : order;
}

export function sortRows<T>(rows: T[], keys: SortKey<T>[]): T[] {
  if (keys.length === 0) return rows;
  return [...rows].sort((a, b) => {
    for (const key of keys) {
      const order = compareBy(key, a, b);
      if (order !== 0) return order;
    }
    return 0;
  });
}
