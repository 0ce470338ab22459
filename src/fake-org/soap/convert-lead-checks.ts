import { isSalesforceId, to18 } from '../ids';
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';

/** A per-lead failure: Salesforce reports it inside that lead's result, not as a fault of the call. */
export class ConvertError extends Error {
  constructor(
    readonly statusCode: string,
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message);
  }
}

/** A live record of `sobject`, or the error Salesforce gives for an ID that does not name one. */
export function requireRecord(org: FakeOrg, id: string, sobject: string): StoredRecord {
  if (!isSalesforceId(id)) throw new ConvertError('MALFORMED_ID', `bad id ${id}`);
  if (org.records.isDeleted(id)) throw new ConvertError('ENTITY_IS_DELETED', 'entity is deleted');
  const record = org.records.typeOf(id) === sobject ? org.records.get(id) : undefined;
  if (!record) throw new ConvertError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
  return record;
}

function usDate(isoDate: unknown): string {
  const match = typeof isoDate === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  return match ? `${Number(match[2])}/${Number(match[3])}/${match[1]}` : '';
}

export function assertNotConverted(org: FakeOrg, lead: StoredRecord): void {
  if (lead.IsConverted !== true) return;
  const contactId = typeof lead.ConvertedContactId === 'string' ? lead.ConvertedContactId : '';
  const name = contactId ? org.records.get(contactId)?.Name : undefined;
  const contactName = typeof name === 'string' ? name : '';
  throw new ConvertError(
    'CANNOT_UPDATE_CONVERTED_LEAD',
    `This lead was already converted to the contact ${contactName} on ${usDate(lead.ConvertedDate)}.`,
  );
}

/** The Lead.Status value for a converted status named by API name or label; it must be a converted status. */
export function convertedStatusValue(org: FakeOrg, requested: string | undefined): string {
  const status = org.records
    .all('LeadStatus')
    .find((row) => row.IsConverted === true && requested !== undefined && (row.ApiName === requested || row.MasterLabel === requested));
  if (!status) throw new ConvertError('INVALID_STATUS', `invalid convertedStatus: ${requested ?? ''}`);
  return String(status.ApiName ?? status.MasterLabel);
}

/** The owner of records the conversion creates: the given user, else the lead's owner, else the caller. */
export function newRecordOwner(org: FakeOrg, requested: string | undefined, lead: StoredRecord, callerId: string): string {
  if (requested !== undefined) {
    const knownUsers = org.records.all('User').length > 0;
    const isUser = isSalesforceId(requested) && (knownUsers ? org.records.typeOf(requested) === 'User' : requested.startsWith('005'));
    if (!isUser) throw new ConvertError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', ['OwnerId']);
    return to18(requested);
  }
  const leadOwner = typeof lead.OwnerId === 'string' ? lead.OwnerId : '';
  return leadOwner.startsWith('005') ? leadOwner : callerId;
}
