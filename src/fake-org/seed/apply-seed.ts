import type { FakeOrg } from '../org';
import { planSeed } from './plan-seed';
import type { SeedData } from './seed-format';

/**
 * Writes a seed into the org through its trusted insert, each record after the records it references,
 * and returns every ref's new ID. The whole seed is checked first: a bad seed throws and writes nothing.
 */
export function applySeed(org: FakeOrg, seed: SeedData): Map<string, string> {
  const ids = new Map<string, string>();
  for (const record of planSeed(org.metadata, seed)) {
    const fields: Record<string, unknown> = { ...record.fields };
    for (const { field, ref } of record.refs) fields[field] = ids.get(ref);
    const stored = org.insertTrusted(record.sobject, fields);
    if (record.ref !== undefined) ids.set(record.ref, stored.Id);
  }
  return ids;
}
