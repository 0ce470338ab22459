import type { QueryClient } from '@tanstack/react-query';
import type { ChildRelationship, DescribeQueryInput, SObjectDescribe } from '../../salesforce';
import { loadDescribes, requireDescribe, type DescribeMap } from './describe-queries';

/** The objects whose records the panel shows as people or accounts. */
export const PANEL_PARENTS = ['Contact', 'Lead', 'Account'] as const;
const PANEL_RELATED = ['Opportunity', 'Case', 'Task', 'Note'] as const;

// `ns__Name__c` belongs to a managed package: its records are the package's business, not the agent's.
function isOwnCustomObject(sobject: string): boolean {
  return sobject.endsWith('__c') && sobject.split('__').length === 2;
}

/** The org's own custom objects hanging off this object, through a named child relationship. */
export function customChildRelationships(describe: SObjectDescribe): (ChildRelationship & { relationshipName: string })[] {
  return describe.childRelationships.filter(
    (relationship): relationship is ChildRelationship & { relationshipName: string } =>
      relationship.relationshipName !== null && isOwnCustomObject(relationship.childSObject),
  );
}

/** Every describe the sender panel needs: people, accounts, the related lists and the custom children. */
export async function loadPanelDescribes(queryClient: QueryClient, input: DescribeQueryInput): Promise<DescribeMap> {
  const standard = await loadDescribes(queryClient, input, [...PANEL_PARENTS, ...PANEL_RELATED]);
  const parents = PANEL_PARENTS.map((name) => requireDescribe(standard, name));
  const customNames = new Set(parents.flatMap((parent) => customChildRelationships(parent).map((relationship) => relationship.childSObject)));
  const custom = await loadDescribes(queryClient, input, [...customNames]);
  return { ...standard, ...custom };
}
