import { ApiFault } from '../api-fault';
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';
import { formatDatetime } from '../store/system-fields';
import { crossReferenceDenied, fileAccess } from './file-access';
import { decodeBase64, fileExtension, fileType, titleFromPath } from './file-types';

function contentBytes(values: Record<string, unknown>): Uint8Array {
  if (typeof values.VersionData !== 'string') {
    throw new ApiFault(400, 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [VersionData]', ['VersionData']);
  }
  if (typeof values.PathOnClient !== 'string') {
    throw new ApiFault(400, 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [PathOnClient]', ['PathOnClient']);
  }
  const bytes = decodeBase64(values.VersionData);
  if (!bytes) {
    throw new ApiFault(400, 'JSON_PARSER_ERROR', 'Cannot deserialize instance of base64 from VALUE_STRING value: not valid base64', ['VersionData']);
  }
  return bytes;
}

/** The file a new version goes into: an existing one the user may add versions to, or a new one they own. */
function targetDocument(org: FakeOrg, values: Record<string, unknown>, title: string, userId: string): { id: string; isNew: boolean } {
  if (typeof values.ContentDocumentId === 'string') {
    const access = fileAccess(org, values.ContentDocumentId, userId);
    if (access !== 'owner' && access !== 'collaborator') throw crossReferenceDenied(values.ContentDocumentId);
    return { id: values.ContentDocumentId, isNew: false };
  }
  const document = org.insertTrusted('ContentDocument', { Title: title, OwnerId: userId, PublishStatus: 'P' }, userId);
  return { id: document.Id, isNew: true };
}

function nextVersionNumber(org: FakeOrg, documentId: string): number {
  const versions = org.records.all('ContentVersion').filter((version) => version.ContentDocumentId === documentId);
  for (const version of versions) org.records.update(version.Id, { IsLatest: false });
  return versions.length + 1;
}

/**
 * Inserts a ContentVersion as Salesforce does: the first one creates its ContentDocument (owned by the
 * user, with an inferred-share link to them); later ones need Collaborator access to that file and
 * become its latest version. The stored VersionData stays base64, as the client sent it.
 */
export function insertContentVersion(org: FakeOrg, values: Record<string, unknown>, userId: string): StoredRecord {
  const bytes = contentBytes(values);
  const path = values.PathOnClient as string;
  const title = typeof values.Title === 'string' ? values.Title : titleFromPath(path);
  const document = targetDocument(org, values, title, userId);
  const now = formatDatetime(org.now());
  const derived = { FileType: fileType(path), FileExtension: fileExtension(path), ContentSize: bytes.length, ContentModifiedDate: now };
  const version = org.insertTrusted(
    'ContentVersion',
    {
      ...values,
      ...derived,
      Title: title,
      ContentDocumentId: document.id,
      VersionNumber: String(nextVersionNumber(org, document.id)),
      IsLatest: true,
      PublishStatus: 'P',
      OwnerId: userId,
      ContentModifiedById: userId,
    },
    userId,
  );
  org.updateTrusted(document.id, { ...derived, Title: title, LatestPublishedVersionId: version.Id }, userId);
  if (document.isNew) {
    org.insertTrusted('ContentDocumentLink', { ContentDocumentId: document.id, LinkedEntityId: userId, ShareType: 'I', Visibility: 'AllUsers' }, userId);
  }
  return version;
}
