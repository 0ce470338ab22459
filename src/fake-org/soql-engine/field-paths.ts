import type { FieldDescribe, FieldType, SObjectDescribe } from '../metadata/describe-types';
import type { FakeOrg } from '../org';
import { addressComponents, compoundAddress } from '../store/compound-address';
import type { StoredRecord } from '../store/record-store';
import { NAME_ENTITY, nameEntityField } from './name-entity';
import { noSuchColumn, unknownRelationship } from './soql-errors';
import type { QueryContext } from './types';

/** One step through a lookup: Contact.Account is { relationshipName: 'Account', idField: 'AccountId' }. */
export interface Hop {
  relationshipName: string;
  idField: string;
  /** The parent object, or null for a polymorphic lookup (reached through the Name entity). */
  targetType: string | null;
}

/** A validated field path with canonical names: `account.owner.name` → Account → Owner → Name. */
export interface FieldPath {
  hops: Hop[];
  name: string;
  type: FieldType;
  /** The path as written, for messages. */
  raw: string;
  /** For a compound address (BillingAddress): its component fields (BillingStreet, BillingCity…). */
  components?: string[];
}

/** Resolves `segments` (relationship names then a field) from `describe`, throwing Salesforce's errors. */
export function resolvePath(ctx: QueryContext, describe: SObjectDescribe, raw: string, offset: number, alias?: string): FieldPath {
  const segments = raw.split('.');
  if (alias && segments.length > 1 && segments[0]?.toLowerCase() === alias.toLowerCase()) segments.shift();
  const last = segments.pop() ?? raw;
  const hops: Hop[] = [];
  let current: SObjectDescribe | null = describe;
  for (const segment of segments) {
    const lower = segment.toLowerCase();
    const lookup: FieldDescribe | undefined = current?.fields.find((f) => f.type === 'reference' && f.relationshipName?.toLowerCase() === lower);
    if (!current || !lookup?.relationshipName) throw unknownRelationship(ctx, offset, segment);
    const polymorphic: boolean = lookup.referenceTo.length !== 1;
    const target: SObjectDescribe | undefined = polymorphic ? undefined : ctx.org.metadata.describe(lookup.referenceTo[0] ?? '');
    if (!polymorphic && !target) throw unknownRelationship(ctx, offset, segment);
    hops.push({ relationshipName: lookup.relationshipName, idField: lookup.name, targetType: target?.name ?? null });
    current = target ?? null;
  }
  const lower = last.toLowerCase();
  const field = current ? current.fields.find((f) => f.name.toLowerCase() === lower) : nameEntityField(last);
  if (!field) throw noSuchColumn(ctx, offset, last, current?.name ?? NAME_ENTITY);
  const path: FieldPath = { hops, name: field.name, type: field.type, raw };
  if (field.type === 'address' && current) {
    path.components = addressComponents(current, field.name);
  }
  return path;
}

/** The record at the end of the path's lookups, or undefined when a lookup is empty or dangling. */
export function followHops(org: FakeOrg, record: StoredRecord, hops: Hop[]): StoredRecord | undefined {
  let current: StoredRecord | undefined = record;
  for (const hop of hops) {
    const id: unknown = current?.[hop.idField];
    current = typeof id === 'string' && id !== '' ? org.records.get(id) : undefined;
    if (!current) return undefined;
  }
  return current;
}

/** A stored field value as SOQL sees it: Salesforce keeps no empty strings, so '' reads as null. */
// Through the Name entity, a record's Name is its object's name field: a Case's What.Name is its CaseNumber.
function nameEntityName(org: FakeOrg, record: StoredRecord): string {
  const type = org.records.typeOf(record.Id);
  const nameField = type ? org.metadata.describe(type)?.fields.find((field) => field.nameField) : undefined;
  return nameField?.name ?? 'Name';
}

export function fieldValue(org: FakeOrg, record: StoredRecord, path: FieldPath, throughNameEntity: boolean): unknown {
  const { name } = path;
  if (throughNameEntity && name === 'Type') return org.records.typeOf(record.Id) ?? null;
  const value = record[throughNameEntity && (name === 'Name' || name === 'NameOrAlias') ? nameEntityName(org, record) : name];
  if (value === undefined && path.components) return compoundAddress(record, path.name, path.components);
  // Checkboxes are never null in Salesforce: an unset one reads as false.
  if (path.type === 'boolean') return value === true;
  return value === undefined || value === '' ? null : value;
}

export function readPath(org: FakeOrg, record: StoredRecord, path: FieldPath): unknown {
  const target = followHops(org, record, path.hops);
  if (!target) return null;
  const lastHop = path.hops[path.hops.length - 1];
  return fieldValue(org, target, path, lastHop !== undefined && lastHop.targetType === null);
}
