import type { Connection } from 'jsforce/core';
import { assertRecordId, objectPath } from '../api-path';
import { sendRest } from '../transport/send';

/** One version of a text file in Salesforce Files. */
export interface TextFileVersion {
  readonly title: string;
  /** The file name Salesforce derives FileType and FileExtension from ('layouts.json'). */
  readonly pathOnClient: string;
  readonly text: string;
  /** The file to add this version to; a new file when omitted. */
  readonly contentDocumentId?: string;
  readonly reasonForChange?: string;
}

// btoa takes one byte per character: encode to UTF-8 first, in chunks so a large file can't overflow the
// argument list of String.fromCharCode.
function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/**
 * The ContentVersion fields for a text file version, content inline as base64 VersionData (Salesforce
 * accepts up to 37.5 MB of base64 this way, far above a settings file). Send with create or compositeCreate.
 */
export function contentVersionValues(file: TextFileVersion): Record<string, string> {
  return {
    Title: file.title,
    PathOnClient: file.pathOnClient,
    VersionData: utf8Base64(file.text),
    ...(file.contentDocumentId !== undefined && { ContentDocumentId: assertRecordId(file.contentDocumentId) }),
    ...(file.reasonForChange !== undefined && { ReasonForChange: file.reasonForChange }),
  };
}

/**
 * GET /sobjects/ContentVersion/{id}/VersionData: the version's content as text. Salesforce sends the bytes
 * with a non-JSON content type, which jsforce hands back as a string; should a server label them JSON,
 * jsforce parses them, and the text is rebuilt from that value.
 */
export async function downloadVersionData(conn: Connection, versionId: string): Promise<string> {
  const { body } = await sendRest(conn, { method: 'GET', url: `${objectPath('ContentVersion')}/${assertRecordId(versionId)}/VersionData` });
  if (typeof body === 'string') return body;
  return body === undefined || body === null ? '' : JSON.stringify(body);
}
