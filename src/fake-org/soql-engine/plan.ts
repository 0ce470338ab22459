import type { SObjectDescribe } from '../metadata/describe-types';
import type { StoredRecord } from '../store/record-store';
import type { AggregateColumn } from './aggregate';
import type { Predicate } from './compile-where';
import type { FieldPath } from './field-paths';
import type { SortKey } from './ordering';
import type { WireRecord } from './types';

// A query compiled against the org's metadata: every name resolved and validated, every literal
// typed. Running it only reads records.

export interface ChildItem {
  kind: 'child';
  /** The child relationship's canonical name: the key of the nested result (Contacts, Tasks…). */
  name: string;
  /** The child's lookup field pointing at the parent (AccountId…). */
  field: string;
  plan: SelectPlan;
}

export type SelectItem = { kind: 'field'; path: FieldPath } | ChildItem;

export interface AggregatePlan {
  columns: AggregateColumn[];
  groupBy: FieldPath[];
  order: SortKey<WireRecord>[];
}

export interface SelectPlan {
  describe: SObjectDescribe;
  items: SelectItem[];
  where: Predicate | undefined;
  order: SortKey<StoredRecord>[];
  limit: number | undefined;
  offset: number | undefined;
  /** SELECT COUNT(): only totalSize is answered. */
  countOnly: boolean;
  aggregate: AggregatePlan | undefined;
}
