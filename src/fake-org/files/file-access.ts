import { ApiFault } from '../api-fault';
import { to18 } from '../ids';
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';

/** Salesforce's answer when the user may not use a file they name (to add a version, or to share it). */
export function crossReferenceDenied(id: string): ApiFault {
  return new ApiFault(400, 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', `insufficient access rights on cross-reference id: ${id}`, []);
}

export type FileAccess = 'owner' | 'collaborator' | 'viewer';

const sameId = (a: unknown, b: string) => typeof a === 'string' && to18(a) === to18(b);

/**
 * How a user may use a file: as its owner, or through a link to them or to the whole company (the
 * Organization record), as Collaborator (may add versions) or Viewer. No access means Salesforce hides it.
 */
export function fileAccess(org: FakeOrg, documentId: string, userId: string): FileAccess | undefined {
  const document = org.records.get(documentId);
  if (!document || org.records.typeOf(documentId) !== 'ContentDocument') return undefined;
  if (sameId(document.OwnerId, userId)) return 'owner';
  const links = org.records
    .all('ContentDocumentLink')
    .filter((link) => sameId(link.ContentDocumentId, documentId) && (sameId(link.LinkedEntityId, userId) || sameId(link.LinkedEntityId, org.orgId)));
  if (links.some((link) => link.ShareType === 'C')) return 'collaborator';
  return links.length > 0 ? 'viewer' : undefined;
}

/** The file a ContentDocument, ContentVersion or ContentDocumentLink row belongs to; undefined for other objects. */
function documentOf(sobject: string, record: StoredRecord): string | undefined {
  const lower = sobject.toLowerCase();
  if (lower === 'contentdocument') return record.Id;
  if (lower === 'contentversion' || lower === 'contentdocumentlink') {
    return typeof record.ContentDocumentId === 'string' ? record.ContentDocumentId : '';
  }
  return undefined;
}

/** Whether the user can see this row: rows of file objects only when they can use the file. */
export function canSeeRecord(org: FakeOrg, sobject: string, record: StoredRecord, userId: string): boolean {
  const documentId = documentOf(sobject, record);
  return documentId === undefined || fileAccess(org, documentId, userId) !== undefined;
}
