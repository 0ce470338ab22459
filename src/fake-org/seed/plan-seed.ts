import type { MetadataRegistry } from '../metadata/metadata-registry';
import { checkRecord, type CheckedRecord } from './check-record';
import type { SeedData } from './seed-format';

function collect(metadata: MetadataRegistry, seed: SeedData, problems: string[]): CheckedRecord[] {
  const records: CheckedRecord[] = [];
  for (const [objectName, rows] of Object.entries(seed.records)) {
    const describe = metadata.describe(objectName);
    if (!describe) {
      problems.push(`records.${objectName}: no such object in the org`);
      continue;
    }
    rows.forEach((row, index) => {
      const { checked, problems: found } = checkRecord(metadata, describe, row, `records.${objectName}[${index}]`);
      records.push(checked);
      problems.push(...found);
    });
  }
  return records;
}

function indexRefs(records: CheckedRecord[], problems: string[]): Map<string, CheckedRecord> {
  const byRef = new Map<string, CheckedRecord>();
  for (const record of records) {
    if (record.ref === undefined) continue;
    const earlier = byRef.get(record.ref);
    if (earlier) problems.push(`${record.label}.ref: '${record.ref}' is already used by ${earlier.label}`);
    else byRef.set(record.ref, record);
  }
  return byRef;
}

function checkRefTargets(records: CheckedRecord[], byRef: Map<string, CheckedRecord>, problems: string[]): void {
  for (const record of records) {
    for (const { field, ref, referenceTo } of record.refs) {
      const target = byRef.get(ref);
      if (!target) problems.push(`${record.label}.${field}: unknown ref '@${ref}'`);
      else if (!referenceTo.some((name) => name.toLowerCase() === target.sobject.toLowerCase())) {
        problems.push(`${record.label}.${field}: '@${ref}' is a record of ${target.sobject}, but ${field} accepts only ${referenceTo.join(' or ')}`);
      }
    }
  }
}

// Depth-first, so each record follows the records it references while otherwise keeping the seed's
// own order: IDs are then allocated the same way on every run.
function order(records: CheckedRecord[], byRef: Map<string, CheckedRecord>, problems: string[]): CheckedRecord[] {
  const done = new Set<CheckedRecord>();
  const visiting = new Set<CheckedRecord>();
  const ordered: CheckedRecord[] = [];
  const visit = (record: CheckedRecord, path: string[]): void => {
    if (done.has(record)) return;
    if (visiting.has(record)) {
      problems.push(`references form a cycle: ${[...path, record.label].join(' -> ')}`);
      return;
    }
    visiting.add(record);
    for (const { ref } of record.refs) {
      const target = byRef.get(ref);
      if (target) visit(target, [...path, record.label]);
    }
    visiting.delete(record);
    done.add(record);
    ordered.push(record);
  };
  for (const record of records) visit(record, []);
  return ordered;
}

/**
 * Checks a whole seed against the org's metadata and returns its records in an order where every
 * "@ref" target comes first. Throws one Error listing every problem, so nothing is written from a bad seed.
 */
export function planSeed(metadata: MetadataRegistry, seed: SeedData): CheckedRecord[] {
  const problems: string[] = [];
  const records = collect(metadata, seed, problems);
  const byRef = indexRefs(records, problems);
  checkRefTargets(records, byRef, problems);
  const ordered = problems.length === 0 ? order(records, byRef, problems) : [];
  if (problems.length > 0) throw new Error(`Invalid seed:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  return ordered;
}
