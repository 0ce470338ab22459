import type { FieldDescribe, SObjectDescribe } from './describe-types';
import { masterRecordTypeInfos, objectUrls, STANDARD_URLS, type UrlKind } from './object-urls';

/** Object-level describe flags (the booleans and nullable markers at the top of a describe). */
export interface ObjectFlags {
  activateable: boolean;
  compactLayoutable: boolean;
  createable: boolean;
  customSetting: boolean;
  deepCloneable: boolean;
  deletable: boolean;
  feedEnabled: boolean;
  layoutable: boolean;
  mergeable: boolean;
  mruEnabled: boolean;
  queryable: boolean;
  replicateable: boolean;
  retrieveable: boolean;
  searchLayoutable: boolean;
  searchable: boolean;
  triggerable: boolean;
  undeletable: boolean;
  updateable: boolean;
}

export interface ObjectSpec {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string | null;
  fields: FieldDescribe[];
  flags?: Partial<ObjectFlags>;
  /** List-view scopes ("All contacts", "My contacts"…). */
  supportedScopes?: { label: string; name: string }[];
  urls?: readonly UrlKind[];
  /** Objects without record types (OpportunityContactRole, LeadStatus) describe none, not even Master. */
  recordTypes?: boolean;
}

const DEFAULT_FLAGS: ObjectFlags = {
  activateable: false, compactLayoutable: true, createable: true, customSetting: false, deepCloneable: false,
  deletable: true, feedEnabled: true, layoutable: true, mergeable: false, mruEnabled: true, queryable: true,
  replicateable: true, retrieveable: true, searchLayoutable: true, searchable: true, triggerable: true,
  undeletable: true, updateable: true,
};

/** A full v58+ sObject describe: every top-level key, in Salesforce's alphabetical order. */
export function objectDescribe(spec: ObjectSpec, instanceUrl: string): SObjectDescribe {
  const flags = { ...DEFAULT_FLAGS, ...spec.flags };
  return {
    actionOverrides: [],
    activateable: flags.activateable,
    associateEntityType: null,
    associateParentEntity: null,
    childRelationships: [],
    compactLayoutable: flags.compactLayoutable,
    createable: flags.createable,
    custom: spec.name.endsWith('__c'),
    customSetting: flags.customSetting,
    deepCloneable: flags.deepCloneable,
    defaultImplementation: null,
    deletable: flags.deletable,
    deprecatedAndHidden: false,
    extendedBy: null,
    extendsInterfaces: null,
    feedEnabled: flags.feedEnabled,
    fields: spec.fields,
    hasSubtypes: false,
    implementedBy: null,
    implementsInterfaces: null,
    isInterface: false,
    isSubtype: false,
    keyPrefix: spec.keyPrefix,
    label: spec.label,
    labelPlural: spec.labelPlural,
    layoutable: flags.layoutable,
    listviewable: null,
    lookupLayoutable: null,
    mergeable: flags.mergeable,
    mruEnabled: flags.mruEnabled,
    name: spec.name,
    namedLayoutInfos: [],
    networkScopeFieldName: null,
    queryable: flags.queryable,
    recordTypeInfos: spec.recordTypes === false ? [] : masterRecordTypeInfos(spec.name),
    replicateable: flags.replicateable,
    retrieveable: flags.retrieveable,
    searchLayoutable: flags.searchLayoutable,
    searchable: flags.searchable,
    sobjectDescribeOption: 'FULL',
    supportedScopes: spec.supportedScopes ?? [{ label: `All ${spec.labelPlural.toLowerCase()}`, name: 'everything' }],
    triggerable: flags.triggerable,
    undeletable: flags.undeletable,
    updateable: flags.updateable,
    urls: objectUrls(spec.urls ?? STANDARD_URLS, spec.name, spec.keyPrefix, instanceUrl),
  };
}

/** The usual list-view scopes of an owned object plus any extra ones, sorted by name as Salesforce lists them. */
export function ownedScopes(plural: string, extra: { label: string; name: string }[] = []): { label: string; name: string }[] {
  return [
    { label: `All ${plural}`, name: 'everything' },
    { label: `My ${plural}`, name: 'mine' },
    { label: 'Filter by scope', name: 'scopingRule' },
    { label: `My team's ${plural}`, name: 'team' },
    ...extra,
  ].sort((a, b) => (a.name < b.name ? -1 : 1));
}
