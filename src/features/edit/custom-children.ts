import type { ChildRelationship, SObjectDescribe } from '../../salesforce';

export type NamedChildRelationship = ChildRelationship & { relationshipName: string };

// `ns__Name__c` belongs to a managed package: its records are the package's business, not the agent's.
function isOwnCustomObject(sobject: string): boolean {
  return sobject.endsWith('__c') && sobject.split('__').length === 2;
}

/** The org's own custom objects hanging off this object through a named child relationship. */
export function customChildRelationships(describe: SObjectDescribe): NamedChildRelationship[] {
  return describe.childRelationships.filter(
    (relationship): relationship is NamedChildRelationship =>
      relationship.relationshipName !== null && isOwnCustomObject(relationship.childSObject),
  );
}
