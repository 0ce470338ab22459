import { urlsForVersion } from './describe-body';
import type { SObjectDescribe } from './describe-types';
import type { MetadataRegistry } from './metadata-registry';
import { DESCRIBE_ONLY_URLS } from './object-urls';

/** The keys of one describeGlobal entry, in Salesforce's order (urls last). */
const GLOBAL_KEYS = [
  'activateable', 'associateEntityType', 'associateParentEntity', 'createable', 'custom', 'customSetting',
  'deepCloneable', 'deletable', 'deprecatedAndHidden', 'feedEnabled', 'hasSubtypes', 'isInterface', 'isSubtype',
  'keyPrefix', 'label', 'labelPlural', 'layoutable', 'mergeable', 'mruEnabled', 'name', 'queryable', 'replicateable',
  'retrieveable', 'searchable', 'triggerable', 'undeletable', 'updateable',
] as const;

export interface DescribeGlobalBody {
  encoding: string;
  maxBatchSize: number;
  sobjects: Record<string, unknown>[];
}

/** One object as describeGlobal lists it; GET /sobjects/{T}/ answers the same keys as its objectDescribe. */
export function describeGlobalEntry(describe: SObjectDescribe, apiVersion: string): Record<string, unknown> {
  const urls = Object.fromEntries(Object.entries(describe.urls).filter(([key]) => !DESCRIBE_ONLY_URLS.has(key)));
  return {
    ...Object.fromEntries(GLOBAL_KEYS.map((key) => [key, describe[key]])),
    urls: urlsForVersion(urls, apiVersion),
  };
}

/** GET /services/data/vNN.N/sobjects: every object of the org, alphabetically, in describeGlobal's shape. */
export function describeGlobalBody(registry: MetadataRegistry, apiVersion: string): DescribeGlobalBody {
  const sobjects = [...registry.all()]
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
    .map((describe) => describeGlobalEntry(describe, apiVersion));
  return { encoding: 'UTF-8', maxBatchSize: 200, sobjects };
}
