import { ApiFault } from '../../api-fault';
import { canSeeRecord } from '../../files';
import type { SObjectDescribe } from '../../metadata/describe-types';
import type { StoredRecord } from '../../store/record-store';
import { recordBody } from './record-shape';
import type { RestCall, RestResult } from './rest-types';

/** A record read by Id or by external id: visible records only, honouring ?fields=. */
export function readRecord(call: RestCall, describe: SObjectDescribe, record: StoredRecord): RestResult {
  if (!canSeeRecord(call.org, describe.name, record, call.userId)) throw new ApiFault(404, 'NOT_FOUND', 'The requested resource does not exist');
  const requested = call.query.get('fields')?.split(',').map((f) => f.trim()).filter(Boolean);
  for (const name of requested ?? []) {
    if (!call.org.metadata.field(describe.name, name)) {
      throw new ApiFault(400, 'INVALID_FIELD', `No such column '${name}' on entity '${describe.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
    }
  }
  return { status: 200, body: recordBody(describe, record, call.apiVersion, requested) };
}
