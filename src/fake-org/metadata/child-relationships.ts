import { childRelationshipSpecOf } from './child-relationship-specs';
import type { ChildRelationship, FieldDescribe, SObjectDescribe } from './describe-types';

// Salesforce lists no child relationship for merge bookkeeping or the audit lookups to User.
const NOT_LISTED = new Set(['MasterRecordId', 'CreatedById', 'LastModifiedById']);

function entry(child: SObjectDescribe, field: FieldDescribe, previous: ChildRelationship | undefined): ChildRelationship {
  const spec = childRelationshipSpecOf(field);
  return {
    cascadeDelete: spec?.cascadeDelete ?? previous?.cascadeDelete ?? false,
    childSObject: child.name,
    deprecatedAndHidden: false,
    field: field.name,
    junctionIdListNames: [...(spec?.junctionIdListNames ?? previous?.junctionIdListNames ?? [])],
    junctionReferenceTo: [...(spec?.junctionReferenceTo ?? previous?.junctionReferenceTo ?? [])],
    relationshipName: spec ? spec.relationshipName : (previous?.relationshipName ?? null),
    restrictedDelete: spec?.restrictedDelete ?? previous?.restrictedDelete ?? false,
  };
}

const keyOf = (r: { childSObject: string; field: string }) => `${r.childSObject}.${r.field}`;

/**
 * Recomputes every object's childRelationships from the reference fields of all objects given, so a
 * custom object added at run time shows up under its parents (Contact → Feedbacks__r). What a parent
 * already lists for a relationship is kept when the field carries no child spec. Sorted like
 * Salesforce: by "ChildSObject.Field".
 */
export function withChildRelationships(describes: SObjectDescribe[]): SObjectDescribe[] {
  const byParent = new Map<string, ChildRelationship[]>();
  for (const parent of describes) {
    const previous = new Map(parent.childRelationships.map((r) => [keyOf(r), r]));
    const computed = describes.flatMap((child) =>
      child.fields
        .filter((f) => f.type === 'reference' && !NOT_LISTED.has(f.name) && f.referenceTo.includes(parent.name))
        .map((f) => entry(child, f, previous.get(`${child.name}.${f.name}`))),
    );
    byParent.set(parent.name, computed.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1)));
  }
  return describes.map((d) => ({ ...d, childRelationships: byParent.get(d.name) ?? [] }));
}
