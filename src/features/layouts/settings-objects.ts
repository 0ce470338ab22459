import type { SObjectDescribe } from '../../salesforce';

/** Whose custom children have layouts: the objects the panel shows as people or accounts (the panel's rule). */
export const SETTINGS_PARENTS = ['Contact', 'Lead', 'Account'] as const;
const SETTINGS_RELATED = ['Opportunity', 'Task', 'Case'] as const;
/** Every standard object with a layout of its own. Notes have fixed fields, so they are not here. */
export const SETTINGS_STANDARD: readonly string[] = [...SETTINGS_PARENTS, ...SETTINGS_RELATED];

export type DescribeLookup = Readonly<Record<string, SObjectDescribe | null | undefined>>;

export interface SettingsObject {
  readonly name: string;
  readonly label: string;
}

export interface SettingsObjectGroup {
  readonly label: string;
  readonly objects: readonly SettingsObject[];
}

// `ns__Name__c` belongs to a managed package: its records are the package's business, not the agent's.
function isOwnCustomObject(sobject: string): boolean {
  return sobject.endsWith('__c') && sobject.split('__').length === 2;
}

/** The org's own custom objects hanging off this object through a named lookup or master-detail relationship. */
export function customChildren(parent: SObjectDescribe): string[] {
  const names = parent.childRelationships
    .filter((relationship) => relationship.relationshipName !== null && isOwnCustomObject(relationship.childSObject))
    .map((relationship) => relationship.childSObject);
  return [...new Set(names)];
}

const asObject = (describe: SObjectDescribe): SettingsObject => ({ name: describe.name, label: describe.label });

/**
 * The object picker's groups: each parent followed by its custom children (a child of two parents is listed
 * under the first), then the related lists. Objects this user can't see are left out.
 */
export function settingsObjectGroups(describes: DescribeLookup): SettingsObjectGroup[] {
  const listed = new Set<string>();
  const groups: SettingsObjectGroup[] = [];
  for (const parentName of SETTINGS_PARENTS) {
    const parent = describes[parentName];
    if (!parent) continue;
    const children = customChildren(parent)
      .filter((name) => !listed.has(name))
      .flatMap((name) => describes[name] ?? []);
    for (const child of children) listed.add(child.name);
    groups.push({ label: parent.label, objects: [asObject(parent), ...children.map(asObject)] });
  }
  const related = SETTINGS_RELATED.flatMap((name) => describes[name] ?? []);
  if (related.length > 0) groups.push({ label: 'Related records', objects: related.map(asObject) });
  return groups;
}
