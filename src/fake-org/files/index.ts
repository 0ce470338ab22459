// Salesforce Files in the fake org: who may use a file, and the inserts that create files, versions and shares.
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';
import { insertContentDocumentLink } from './insert-content-document-link';
import { insertContentVersion } from './insert-content-version';

export { canSeeRecord, fileAccess, type FileAccess } from './file-access';

type FileInsert = (org: FakeOrg, values: Record<string, unknown>, userId: string) => StoredRecord;

const FILE_INSERTS: Readonly<Record<string, FileInsert>> = {
  contentversion: insertContentVersion,
  contentdocumentlink: insertContentDocumentLink,
};

/** The insert an object's create goes through when Salesforce does more than store the row. */
export function fileInsertFor(sobject: string): FileInsert | undefined {
  return FILE_INSERTS[sobject.toLowerCase()];
}
