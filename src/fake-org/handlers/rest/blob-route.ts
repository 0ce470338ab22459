import { ApiFault } from '../../api-fault';
import { canSeeRecord } from '../../files';
import { decodeBase64 } from '../../files/file-types';
import { existingRecord } from '../../writes/sobject-writes';
import type { RestCall, RestResult } from './rest-types';

/** Salesforce names blob responses neither JSON nor XML; this is the type it sends for them. */
export const BLOB_CONTENT_TYPE = 'application/octetstream';

const notFound = () => new ApiFault(404, 'NOT_FOUND', 'The requested resource does not exist');

// GET /sobjects/{type}/{id}/{blobField}: the raw bytes of a base64 field (ContentVersion.VersionData),
// for records the user can see. Routed through external-id-routes, which shares its path shape.
export function blob(call: RestCall, params: Record<string, string>): RestResult {
  const describe = call.org.describeOrThrow(params.sobject ?? '');
  const field = describe.fields.find((f) => f.type === 'base64' && f.name.toLowerCase() === params.field?.toLowerCase());
  const record = existingRecord(call.org, describe, params.id ?? '');
  const stored = field ? record[field.name] : undefined;
  const bytes = typeof stored === 'string' ? decodeBase64(stored) : undefined;
  if (!bytes || !canSeeRecord(call.org, describe.name, record, call.userId)) throw notFound();
  return { status: 200, body: bytes, headers: { 'Content-Type': BLOB_CONTENT_TYPE } };
}
