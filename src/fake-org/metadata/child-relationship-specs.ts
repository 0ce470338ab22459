import type { FieldDescribe } from './describe-types';

/**
 * What a lookup contributes to its parents' describes. Salesforce shows this only on the parent
 * (Account.childRelationships → {childSObject: 'Contact', field: 'AccountId', relationshipName:
 * 'Contacts'}); the child's own field describe has no key for it, so it is kept beside the field
 * object instead of inside it, keeping the field's key set exactly the real one.
 */
export interface ChildRelationshipSpec {
  relationshipName: string | null;
  cascadeDelete?: boolean;
  restrictedDelete?: boolean;
  /** The parent's pseudo-fields written as one row here per id (EmailMessage.ToIds → EmailMessageRelation). */
  junctionIdListNames?: readonly string[];
  /** What those ids may point to. */
  junctionReferenceTo?: readonly string[];
}

const specs = new WeakMap<FieldDescribe, ChildRelationshipSpec>();

export function rememberChildRelationship(field: FieldDescribe, spec: ChildRelationshipSpec): void {
  specs.set(field, spec);
}

export function childRelationshipSpecOf(field: FieldDescribe): ChildRelationshipSpec | undefined {
  return specs.get(field);
}
