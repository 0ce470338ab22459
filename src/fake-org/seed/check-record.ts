import type { FieldDescribe, SObjectDescribe } from '../metadata/describe-types';
import type { MetadataRegistry } from '../metadata/metadata-registry';
import { checkFieldValue } from './field-value';
import { isRequiredOnCreate } from '../store/field-rules';
import { controllerIndex, isValidFor, picklistParts } from '../store/picklist-rules';
import { ID_KEY, REF_KEY, REF_PREFIX, type SeedRecord, type SeedValue } from './seed-format';

/** A seed record checked against metadata: canonical field names, normalised values, refs still unresolved. */
export interface CheckedRecord {
  sobject: string;
  /** Where the record sits in the seed, e.g. records.Contact[2], for error messages. */
  label: string;
  ref?: string;
  fields: Record<string, SeedValue>;
  /** Reference fields whose value is "@ref", with the objects each field may point at. */
  refs: { field: string; ref: string; referenceTo: string[] }[];
}

function checkPicklist(field: FieldDescribe, value: string, fields: Record<string, SeedValue>, metadata: MetadataRegistry, sobject: string): string[] {
  const problems: string[] = [];
  for (const part of picklistParts(field, value)) {
    const entry = field.picklistValues.find((candidate) => candidate.value === part);
    if (!entry || !entry.active) {
      problems.push(`'${part}' is not an active value of ${field.name}`);
      continue;
    }
    if (!field.dependentPicklist || !field.controllerName) continue;
    const controller = metadata.field(sobject, field.controllerName);
    if (!controller) continue;
    const controlling = fields[controller.name];
    if (controlling === undefined || controlling === null) {
      problems.push(`'${part}' needs its controlling field ${controller.name} to be set`);
    } else if (!isValidFor(entry.validFor, controllerIndex(controller, controlling))) {
      problems.push(`'${part}' is not valid when ${controller.name} is '${String(controlling)}'`);
    }
  }
  return problems;
}

function checkReference(field: FieldDescribe, value: string, metadata: MetadataRegistry): string | undefined {
  if (value.startsWith(REF_PREFIX)) return undefined;
  const target = metadata.objectForId(value);
  const allowed = field.referenceTo.map((name) => name.toLowerCase());
  if (!target || !allowed.includes(target.name.toLowerCase())) {
    return `'${value}' is neither "@ref" nor an ID of ${field.referenceTo.join(' or ')}`;
  }
  return undefined;
}

/** Checks one record; returns it in canonical form together with every problem found (labelled). */
export function checkRecord(
  metadata: MetadataRegistry,
  describe: SObjectDescribe,
  record: SeedRecord,
  label: string,
): { checked: CheckedRecord; problems: string[] } {
  const problems: string[] = [];
  const fields: Record<string, SeedValue> = {};
  const refs: CheckedRecord['refs'] = [];
  const described = new Map<string, FieldDescribe>();
  for (const [key, raw] of Object.entries(record)) {
    if (key === REF_KEY) continue;
    const field = metadata.field(describe.name, key);
    if (!field) {
      problems.push(`${label}.${key}: no such field on ${describe.name}`);
      continue;
    }
    if (field.name in fields) {
      problems.push(`${label}.${key}: ${field.name} is given twice`);
      continue;
    }
    const result = checkFieldValue(field, raw);
    if (!result.ok) {
      problems.push(`${label}.${key}: ${field.name} ${result.problem}`);
      continue;
    }
    fields[field.name] = result.value;
    described.set(field.name, field);
  }
  const id = fields[ID_KEY];
  if (typeof id === 'string' && describe.keyPrefix && !id.startsWith(describe.keyPrefix)) {
    problems.push(`${label}.Id: '${id}' does not start with ${describe.name}'s key prefix ${describe.keyPrefix}`);
  }
  for (const [name, value] of Object.entries(fields)) {
    const field = described.get(name);
    if (!field || typeof value !== 'string' || name === ID_KEY) continue;
    if (field.type === 'picklist' || field.type === 'multipicklist') {
      for (const problem of checkPicklist(field, value, fields, metadata, describe.name)) problems.push(`${label}.${name}: ${problem}`);
    } else if (field.type === 'reference') {
      const problem = checkReference(field, value, metadata);
      if (problem) problems.push(`${label}.${name}: ${problem}`);
      else if (value.startsWith(REF_PREFIX)) refs.push({ field: name, ref: value.slice(REF_PREFIX.length), referenceTo: field.referenceTo });
    }
  }
  for (const field of describe.fields) {
    if (isRequiredOnCreate(field) && (fields[field.name] === undefined || fields[field.name] === null)) {
      problems.push(`${label}: required field ${field.name} is missing`);
    }
  }
  const ref = record[REF_KEY];
  const checked: CheckedRecord = { sobject: describe.name, label, fields, refs };
  if (typeof ref === 'string') checked.ref = ref;
  return { checked, problems };
}
