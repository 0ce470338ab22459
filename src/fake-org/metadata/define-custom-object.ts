import { withChildRelationships } from './child-relationships';
import { makeCustomObjectDescribe, type CustomObjectSpec } from './custom-object';
import type { SObjectDescribe } from './describe-types';
import type { MetadataRegistry } from './metadata-registry';

/**
 * Adds (or replaces) a custom object in a live org, as an admin would in Setup: the object is
 * defined, and each parent whose child relationships gain it is redefined too, so exactly the
 * describes that changed stop answering If-Modified-Since with 304.
 */
export function defineCustomObject(registry: MetadataRegistry, spec: CustomObjectSpec, instanceUrl: string, at: Date = new Date()): SObjectDescribe {
  registry.define(makeCustomObjectDescribe(spec, instanceUrl), at);
  for (const recomputed of withChildRelationships(registry.all())) {
    const current = registry.describe(recomputed.name);
    const changed = JSON.stringify(current?.childRelationships) !== JSON.stringify(recomputed.childRelationships);
    if (changed || recomputed.name === spec.name) registry.define(recomputed, at);
  }
  const defined = registry.describe(spec.name);
  if (!defined) throw new Error(`custom object ${spec.name} was not defined`);
  return defined;
}
