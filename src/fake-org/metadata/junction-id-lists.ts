import type { SObjectDescribe } from './describe-types';

export interface JunctionIdList {
  /** The pseudo-field a client writes and queries, e.g. 'ToIds'. */
  name: string;
  /** The junction object holding one row per id (EmailMessageRelation). */
  junctionSObject: string;
  /** What the ids may point to. */
  referenceTo: string[];
}

/**
 * The JunctionIdList fields of an object (EmailMessage's ToIds/CcIds/BccIds). Salesforce accepts
 * them on create/update and in SOQL although the describe's `fields` omits them; the only trace in
 * the describe is the junction child relationship, which is what this reads.
 */
export function junctionIdLists(describe: SObjectDescribe): JunctionIdList[] {
  return describe.childRelationships.flatMap((relationship) =>
    relationship.junctionIdListNames.map((name) => ({
      name,
      junctionSObject: relationship.childSObject,
      referenceTo: [...relationship.junctionReferenceTo],
    })),
  );
}

export function junctionIdList(describe: SObjectDescribe, name: string): JunctionIdList | undefined {
  const lower = name.toLowerCase();
  return junctionIdLists(describe).find((list) => list.name.toLowerCase() === lower);
}
