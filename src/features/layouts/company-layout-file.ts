import { z } from 'zod';
import {
  c,
  compositeCreate,
  compositeQuery,
  compositeRef,
  compositeRetrieve,
  contentVersionValues,
  isSalesforceError,
  SalesforceError,
  soql,
  type CompositeResult,
  type SalesforceClient,
} from '../../salesforce';
import { parseCompanyLayoutFile, serializeCompanyLayouts } from './company-layout-schema';
import type { CompanyLayouts, CompanyLayoutStore } from './layout-types';

// The company layout is one JSON file in Salesforce Files, shared with the whole company (the Organization
// record) as Collaborator: every teammate reads it, and anyone may add a version. Who is offered "Save for all"
// is Front's admin flag; Salesforce only checks that the user can use Files. Standard objects only, nothing to
// install in the org.
export const COMPANY_LAYOUT_FILE = { title: 'Front sidebar layouts', pathOnClient: 'front-sidebar-layouts.json' } as const;

const NEEDS_READ = `Reading the company layout needs access to the “${COMPANY_LAYOUT_FILE.title}” file in Salesforce Files.`;
const NEEDS_CREATE = 'Saving for everyone needs permission to upload and share files in Salesforce Files.';
const NEEDS_COLLABORATOR = `Saving for everyone needs Collaborator access to the “${COMPANY_LAYOUT_FILE.title}” file in Salesforce Files.`;

/** A Salesforce access error whose headline names what the teammate lacks, for the settings screen to show as is. */
class FileAccessError extends SalesforceError {
  override readonly userMessage: string;

  constructor(cause: SalesforceError, userMessage: string) {
    super({ code: cause.code, status: cause.status, fields: cause.fields, serverCode: cause.serverCode, serverMessage: cause.serverMessage });
    this.userMessage = userMessage;
  }
}

function explained(error: unknown, userMessage: string): unknown {
  return isSalesforceError(error, 'INSUFFICIENT_ACCESS_OR_READONLY') ? new FileAccessError(error, userMessage) : error;
}

const organizationRow = z.looseObject({ Id: z.string() });
const layoutFileRow = z.looseObject({
  ContentDocumentId: z.string(),
  ContentDocument: z.looseObject({ LatestPublishedVersionId: z.string() }),
});

// Files shared with the company are found through their link to the Organization: a plain ContentVersion query
// only lists files the user owns or that were shared with them directly. Two admins saving for the first time at
// once create two files; the oldest wins, so every teammate reads the same one and later saves converge on it.
function layoutFileQuery(orgId: string) {
  return soql
    .select(['ContentDocumentId', 'ContentDocument.LatestPublishedVersionId'])
    .from('ContentDocumentLink')
    .where(
      c.and(
        c.eq('LinkedEntityId', orgId),
        c.eq('ContentDocument.Title', COMPANY_LAYOUT_FILE.title),
        c.eq('ContentDocument.FileExtension', 'json'),
      ),
    )
    .orderBy('ContentDocument.CreatedDate', 'ASC')
    .orderBy('ContentDocumentId', 'ASC')
    .limit(1);
}

interface LayoutFile {
  readonly orgId: string;
  readonly file: { readonly documentId: string; readonly versionId: string } | undefined;
}

function bodyOf<T>(result: CompositeResult<T>): T {
  if (!result.ok) throw explained(result.error, NEEDS_READ);
  return result.body;
}

/** The org's id and the shared file, if any, in one API call. */
async function findLayoutFile(client: SalesforceClient): Promise<LayoutFile> {
  const [organization, file] = await client.composite([
    compositeQuery('organization', soql.select(['Id']).from('Organization').limit(1), organizationRow),
    compositeQuery('file', layoutFileQuery(compositeRef('organization', 'records[0].Id')), layoutFileRow),
  ]);
  const orgId = bodyOf(organization).records[0]?.Id;
  if (!orgId) throw new SalesforceError({ code: 'INVALID_RESPONSE', serverMessage: 'The org has no Organization record' });
  const row = bodyOf(file).records[0];
  return { orgId, file: row && { documentId: row.ContentDocumentId, versionId: row.ContentDocument.LatestPublishedVersionId } };
}

/** First save: the file, then its company-wide Collaborator link, all or nothing in one API call. */
async function publishLayoutFile(client: SalesforceClient, orgId: string, text: string): Promise<void> {
  const results = await client.composite(
    [
      compositeCreate('version', 'ContentVersion', contentVersionValues({ ...COMPANY_LAYOUT_FILE, text })),
      compositeRetrieve('created', 'ContentVersion', compositeRef('version', 'id'), ['ContentDocumentId']),
      compositeCreate('share', 'ContentDocumentLink', {
        ContentDocumentId: compositeRef('created', 'ContentDocumentId'),
        LinkedEntityId: orgId,
        ShareType: 'C',
        Visibility: 'AllUsers',
      }),
    ],
    { allOrNone: true },
  );
  const failures = results.flatMap((result) => (result.ok ? [] : [result.error]));
  // The others report PROCESSING_HALTED: the one that did not is what went wrong.
  const cause = failures.find((error) => error.code !== 'PROCESSING_HALTED') ?? failures[0];
  if (cause) throw explained(cause, NEEDS_CREATE);
}

export function createCompanyLayoutStore(client: SalesforceClient): CompanyLayoutStore {
  return {
    async load(): Promise<CompanyLayouts | undefined> {
      const { file } = await findLayoutFile(client);
      if (!file) return undefined;
      try {
        return parseCompanyLayoutFile(await client.downloadVersionData(file.versionId));
      } catch (error) {
        throw explained(error, NEEDS_READ);
      }
    },
    async save(layouts: CompanyLayouts): Promise<void> {
      const { orgId, file } = await findLayoutFile(client);
      const text = serializeCompanyLayouts(layouts);
      if (!file) return publishLayoutFile(client, orgId, text);
      // A new version, not a new file: the file's id, sharing and history stay.
      try {
        await client.create('ContentVersion', contentVersionValues({ ...COMPANY_LAYOUT_FILE, text, contentDocumentId: file.documentId }));
      } catch (error) {
        throw explained(error, NEEDS_COLLABORATOR);
      }
    },
  };
}
