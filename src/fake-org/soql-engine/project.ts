import type { StoredRecord } from '../store/record-store';
import { fieldValue, followHops, type FieldPath } from './field-paths';
import { NAME_ENTITY } from './name-entity';
import { recordUrl, type QueryContext, type WireRecord } from './types';

// Puts one selected field into a wire record. A relationship path becomes nested records, each with
// its own attributes (type "Name" through a polymorphic lookup, the url naming the real object), and
// an empty lookup becomes null — as in Salesforce's responses.

export function placeField(ctx: QueryContext, wire: WireRecord, record: StoredRecord, path: FieldPath): void {
  let container: Record<string, unknown> = wire;
  let current = record;
  for (const hop of path.hops) {
    const parent = followHops(ctx.org, current, [hop]);
    if (!parent) {
      container[hop.relationshipName] = null;
      return;
    }
    const existing = container[hop.relationshipName];
    const nested: WireRecord =
      typeof existing === 'object' && existing !== null
        ? (existing as WireRecord)
        : {
            attributes: {
              type: hop.targetType ?? NAME_ENTITY,
              url: recordUrl(ctx.apiVersion, ctx.org.records.typeOf(parent.Id) ?? hop.targetType ?? NAME_ENTITY, parent.Id),
            },
          };
    container[hop.relationshipName] = nested;
    container = nested;
    current = parent;
  }
  const lastHop = path.hops[path.hops.length - 1];
  const value = fieldValue(ctx.org, current, path, lastHop !== undefined && lastHop.targetType === null);
  // A blob is never inlined: Salesforce answers with the resource that serves its bytes.
  const blobUrl = () => `${recordUrl(ctx.apiVersion, ctx.org.records.typeOf(current.Id) ?? NAME_ENTITY, current.Id)}/${path.name}`;
  container[path.name] = path.type === 'base64' && value !== null ? blobUrl() : value;
}
