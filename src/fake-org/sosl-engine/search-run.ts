import type { StoredRecord } from '../store/record-store';
import { runPlan } from '../soql-engine/run-select';
import type { WireRecord } from '../soql-engine/types';
import type { CompiledSpec } from './returning';
import type { SearchField } from './search-fields';

/** Salesforce returns at most 2,000 search results. */
export const MAX_SEARCH_RESULTS = 2000;

export type RecordMatcher = (record: StoredRecord, fields: SearchField[]) => boolean;

/** Runs each object's query over its records that match the term, in RETURNING order, then caps the total. */
export function searchRecords(specs: CompiledSpec[], matches: RecordMatcher, limit: number | undefined): WireRecord[] {
  const found: WireRecord[] = [];
  for (const spec of specs) {
    const candidates = spec.ctx.org.records.all(spec.describe.name).filter((record) => matches(record, spec.fields));
    found.push(...runPlan(spec.ctx, spec.plan, candidates).records);
  }
  return found.slice(0, Math.min(limit ?? MAX_SEARCH_RESULTS, MAX_SEARCH_RESULTS));
}
