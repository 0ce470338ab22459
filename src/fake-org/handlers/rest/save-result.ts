import { recordUrl } from '../../soql-engine/types';
import type { RestCall, RestResult } from './rest-types';

/**
 * 201 Created with a save result and the new record's Location, which Salesforce sends on a create
 * (and a creating upsert) and which a composite subresponse carries in its httpHeaders.
 */
export function createdResult(call: RestCall, sobject: string, id: string, extra: Record<string, unknown> = {}): RestResult {
  return {
    status: 201,
    body: { id, success: true, errors: [], ...extra },
    headers: { Location: recordUrl(call.apiVersion, sobject, id) },
  };
}
