import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';

// Salesforce Files over the fake org's REST API, checked as a client sees the wire: status codes, headers and
// bodies in Salesforce's shapes (save results, [{ message, errorCode, fields }] errors, blob bytes).

const fakeOrg = withFakeOrg();
const TEAMMATE_TOKEN = '00D5g000004ZmKt!AQteammate-token';
const base = () => `${fakeOrg().instanceUrl}/services/data/v62.0`;

async function call(method: string, path: string, body?: unknown, token = fakeOrg().accessToken) {
  const response = await fetch(`${base()}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const type = response.headers.get('Content-Type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json() : new Uint8Array(await response.arrayBuffer());
  return { status: response.status, type, limitInfo: response.headers.get('Sforce-Limit-Info'), payload };
}

const query = (soql: string, token?: string) => call('GET', `/query?q=${encodeURIComponent(soql)}`, undefined, token);
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

function teammate(): string {
  const { org } = fakeOrg();
  const jordan = org.records.all('User').find((user) => user.Alias === 'jblake');
  if (!jordan) throw new Error('the seed has no Jordan Blake');
  org.auth.grantAccessToken(TEAMMATE_TOKEN, jordan.Id);
  return jordan.Id;
}

async function upload(text: string, extra: Record<string, unknown> = {}, token?: string) {
  return call('POST', '/sobjects/ContentVersion', { Title: 'Notes', PathOnClient: 'notes.txt', VersionData: base64(text), ...extra }, token);
}

describe('ContentVersion insert', () => {
  it('answers 201 with a save result and creates the file, owned by the user and linked to them', async () => {
    const { org } = fakeOrg();
    const created = await upload('hello');
    expect(created).toMatchObject({ status: 201, payload: { id: expect.stringMatching(/^068/) as unknown, success: true, errors: [] } });
    const version = org.records.get((created.payload as { id: string }).id);
    const [document] = org.records.all('ContentDocument');
    expect(version).toMatchObject({ IsLatest: true, VersionNumber: '1', ContentSize: 5, FileType: 'TEXT', FileExtension: 'txt', OwnerId: org.userId, ContentDocumentId: document?.Id });
    expect(document).toMatchObject({ Title: 'Notes', OwnerId: org.userId, LatestPublishedVersionId: version?.Id, PublishStatus: 'P' });
    expect(org.records.all('ContentDocumentLink')).toEqual([expect.objectContaining({ ContentDocumentId: document?.Id, LinkedEntityId: org.userId, ShareType: 'I' })]);
  });

  it('adds a version to an existing file and moves IsLatest and LatestPublishedVersionId to it', async () => {
    const { org } = fakeOrg();
    const first = (await upload('one')).payload as { id: string };
    const documentId = org.records.get(first.id)?.ContentDocumentId;
    const second = (await upload('two', { ContentDocumentId: documentId })).payload as { id: string };
    expect(org.records.all('ContentDocument')).toHaveLength(1);
    expect(org.records.get(first.id)).toMatchObject({ IsLatest: false, VersionNumber: '1' });
    expect(org.records.get(second.id)).toMatchObject({ IsLatest: true, VersionNumber: '2' });
    expect(org.records.get(String(documentId))?.LatestPublishedVersionId).toBe(second.id);
  });

  it('requires the content and its file name', async () => {
    const missing = await call('POST', '/sobjects/ContentVersion', { Title: 'Empty', PathOnClient: 'empty.txt' });
    expect(missing).toMatchObject({ status: 400, payload: [{ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['VersionData'] }] });
  });

  it("refuses a version of someone else's file the user may only view", async () => {
    const { org } = fakeOrg();
    const first = (await upload('mine')).payload as { id: string };
    const documentId = String(org.records.get(first.id)?.ContentDocumentId);
    await call('POST', '/sobjects/ContentDocumentLink', { ContentDocumentId: documentId, LinkedEntityId: org.orgId, ShareType: 'V' });
    teammate();
    const refused = await upload('theirs', { ContentDocumentId: documentId }, TEAMMATE_TOKEN);
    expect(refused).toMatchObject({
      status: 400,
      payload: [{ errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', message: `insufficient access rights on cross-reference id: ${documentId}`, fields: [] }],
    });
    expect(org.records.all('ContentVersion')).toHaveLength(1);
  });

  it('answers INSUFFICIENT_ACCESS_OR_READONLY when the user may not create files', async () => {
    fakeOrg().org.faults.readOnlyObjects = ['ContentVersion'];
    expect(await upload('denied')).toMatchObject({ status: 400, payload: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' }] });
  });
});

describe('VersionData', () => {
  it('serves the bytes with a non-JSON content type and the limit header', async () => {
    const id = ((await upload('{"a": "ünïcode"}', { PathOnClient: 'a.json' })).payload as { id: string }).id;
    const blob = await call('GET', `/sobjects/ContentVersion/${id}/VersionData`);
    expect(blob).toMatchObject({ status: 200, type: 'application/octetstream', limitInfo: expect.stringMatching(/^api-usage=\d+\/\d+$/) as unknown });
    expect(new TextDecoder().decode(blob.payload as Uint8Array)).toBe('{"a": "ünïcode"}');
  });

  it('is a URL, never inline, when a query or a retrieve selects it', async () => {
    const id = ((await upload('data')).payload as { id: string }).id;
    const url = `/services/data/v62.0/sobjects/ContentVersion/${id}/VersionData`;
    expect((await query(`SELECT VersionData FROM ContentVersion WHERE Id = '${id}'`)).payload).toMatchObject({ records: [{ VersionData: url }] });
    expect((await call('GET', `/sobjects/ContentVersion/${id}?fields=VersionData`)).payload).toMatchObject({ VersionData: url });
  });

  it('answers 404 NOT_FOUND for a version the user cannot see', async () => {
    const id = ((await upload('private')).payload as { id: string }).id;
    teammate();
    const hidden = await call('GET', `/sobjects/ContentVersion/${id}/VersionData`, undefined, TEAMMATE_TOKEN);
    expect(hidden).toMatchObject({ status: 404, payload: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] });
  });

  it('cannot be fetched inside a composite request', async () => {
    const id = ((await upload('x')).payload as { id: string }).id;
    const composite = await call('POST', '/composite', {
      compositeRequest: [{ method: 'GET', url: `/services/data/v62.0/sobjects/ContentVersion/${id}/VersionData`, referenceId: 'blob' }],
    });
    expect(composite).toMatchObject({ status: 200, payload: { compositeResponse: [{ httpStatusCode: 400, referenceId: 'blob' }] } });
  });
});

describe('sharing with the company', () => {
  it('a teammate sees a file only once it is linked to the Organization', async () => {
    const { org } = fakeOrg();
    const id = ((await upload('shared')).payload as { id: string }).id;
    const documentId = String(org.records.get(id)?.ContentDocumentId);
    teammate();
    const listFiles = () => query(`SELECT Id, Title FROM ContentDocument WHERE Id = '${documentId}'`, TEAMMATE_TOKEN);
    expect((await listFiles()).payload).toMatchObject({ totalSize: 0 });
    const linked = await call('POST', '/sobjects/ContentDocumentLink', { ContentDocumentId: documentId, LinkedEntityId: org.orgId, ShareType: 'C', Visibility: 'AllUsers' });
    expect(linked).toMatchObject({ status: 201, payload: { id: expect.stringMatching(/^06A/) as unknown, success: true, errors: [] } });
    expect((await listFiles()).payload).toMatchObject({ totalSize: 1, records: [{ Title: 'Notes' }] });
  });

  it('finds company files through their link to the Organization, which every user can query', async () => {
    const { org } = fakeOrg();
    const id = ((await upload('shared')).payload as { id: string }).id;
    const documentId = String(org.records.get(id)?.ContentDocumentId);
    await call('POST', '/sobjects/ContentDocumentLink', { ContentDocumentId: documentId, LinkedEntityId: org.orgId, ShareType: 'V' });
    teammate();
    expect((await query('SELECT Id, Name FROM Organization', TEAMMATE_TOKEN)).payload).toMatchObject({ records: [{ Id: org.orgId, Name: 'Demo Org' }] });
    const links = await query(`SELECT ContentDocument.Title, ShareType FROM ContentDocumentLink WHERE LinkedEntityId = '${org.orgId}'`, TEAMMATE_TOKEN);
    expect(links.payload).toMatchObject({ totalSize: 1, records: [{ ContentDocument: { Title: 'Notes' }, ShareType: 'V' }] });
  });

  it('refuses to list links without naming the files or the entities', async () => {
    const unfiltered = await query("SELECT Id FROM ContentDocumentLink WHERE ShareType = 'C'");
    expect(unfiltered).toMatchObject({ status: 400, payload: [{ errorCode: 'MALFORMED_QUERY', message: expect.stringMatching(/^Implementation restriction: ContentDocumentLink requires a filter/) as unknown }] });
  });

  it('refuses a second link between the same file and entity', async () => {
    const { org } = fakeOrg();
    const id = ((await upload('once')).payload as { id: string }).id;
    const link = { ContentDocumentId: org.records.get(id)?.ContentDocumentId, LinkedEntityId: org.orgId, ShareType: 'V' };
    await call('POST', '/sobjects/ContentDocumentLink', link);
    const again = await call('POST', '/sobjects/ContentDocumentLink', link);
    expect(again).toMatchObject({ status: 400, payload: [{ errorCode: 'DUPLICATE_VALUE', fields: ['LinkedEntityId'] }] });
  });
});
