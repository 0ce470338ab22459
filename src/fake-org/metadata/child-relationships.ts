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
    junctionIdListNames: [],
    junctionReferenceTo: [],
    relationshipName: spec ? spec.relationshipName : (previous?.relationshipName ?? null),
    restrictedDelete: spec?.restrictedDelete ?? previous?.restrictedDelete ?? false,
  };
}

const keyOf = (r: { childSObject: string; field: string }) => `${r.childSObject}.${r.field}`;

/**
 * Recomputes every object's childRelationships from the reference fields of all objects given, so a
 * custom object added at run time shows up under its parents (Contact → Feedbacks__r). Entries for
 * children outside the org (EmailMessageRelation's junction) are kept; names already known are kept
 * when a field carries no child spec. Sorted like Salesforce: by "ChildSObject.Field".
 */
export function withChildRelationships(describes: SObjectDescribe[]): SObjectDescribe[] {
  const names = new Set(describes.map((d) => d.name.toLowerCase()));
  const byParent = new Map<string, ChildRelationship[]>();
  for (const parent of describes) {
    const previous = new Map(parent.childRelationships.map((r) => [keyOf(r), r]));
    const external = parent.childRelationships.filter((r) => !names.has(r.childSObject.toLowerCase()));
    const computed = describes.flatMap((child) =>
      child.fields
        .filter((f) => f.type === 'reference' && !NOT_LISTED.has(f.name) && f.referenceTo.includes(parent.name))
        .map((f) => entry(child, f, previous.get(`${child.name}.${f.name}`))),
    );
    byParent.set(parent.name, [...external, ...computed].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1)));
  }
  return describes.map((d) => ({ ...d, childRelationships: byParent.get(d.name) ?? [] }));
}
