import { ApiFault } from '../api-fault';
import { to18 } from '../ids';
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';
import { crossReferenceDenied, fileAccess } from './file-access';

/**
 * Shares a file: the user must have access to it, and only its owner or a collaborator may hand out
 * Collaborator access. One link per file and entity, as Salesforce enforces with DUPLICATE_VALUE.
 */
export function insertContentDocumentLink(org: FakeOrg, values: Record<string, unknown>, userId: string): StoredRecord {
  const documentId = String(values.ContentDocumentId);
  const entityId = String(values.LinkedEntityId);
  const access = fileAccess(org, documentId, userId);
  if (!access || (values.ShareType === 'C' && access === 'viewer')) throw crossReferenceDenied(documentId);
  const duplicate = org.records
    .all('ContentDocumentLink')
    .some((link) => link.ContentDocumentId === to18(documentId) && link.LinkedEntityId === to18(entityId));
  if (duplicate) {
    throw new ApiFault(400, 'DUPLICATE_VALUE', `Document with ID: ${documentId} is already linked with the entity with ID: ${entityId}`, ['LinkedEntityId']);
  }
  return org.insertTrusted('ContentDocumentLink', { Visibility: 'AllUsers', ...values }, userId);
}
