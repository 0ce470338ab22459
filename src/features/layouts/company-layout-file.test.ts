import { afterEach, describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { connectTo } from '../../../test/salesforce/support';
import { contentVersionValues, createSalesforceClient, SalesforceError } from '../../salesforce';
import { COMPANY_LAYOUT_FILE, createCompanyLayoutStore } from './company-layout-file';
import type { CompanyLayouts } from './layout-types';

const fakeOrg = withFakeOrg();
const TEAMMATE_TOKEN = '00D5g000004ZmKt!AQteammate-token';

const LAYOUTS: CompanyLayouts = {
  objects: { Contact: ['Name', 'Email', 'Title'], acme__Widget__c: ['Name', 'acme__Serial__c'] },
  updatedAt: '2026-03-02T10:15:00.000Z',
  updatedBy: 'Avery Admin',
};

function adminClient() {
  return createSalesforceClient(connectTo(fakeOrg()));
}

/** Jordan Blake, a teammate signed in to the same org from another machine. */
function teammateClient() {
  const { org } = fakeOrg();
  const jordan = org.records.all('User').find((user) => user.Alias === 'jblake');
  if (!jordan) throw new Error('the seed has no Jordan Blake');
  org.auth.grantAccessToken(TEAMMATE_TOKEN, jordan.Id);
  return createSalesforceClient(connectTo(fakeOrg(), { accessToken: TEAMMATE_TOKEN }));
}

/** What the org holds: the company layout files and the text of their latest versions. */
function filesInOrg() {
  const { org } = fakeOrg();
  return org.records.all('ContentDocument').map((document) => {
    const latest = org.records.get(String(document.LatestPublishedVersionId));
    const bytes = Uint8Array.from(atob(String(latest?.VersionData)), (char) => char.charCodeAt(0));
    return { document, text: new TextDecoder().decode(bytes), versions: org.records.all('ContentVersion').filter((v) => v.ContentDocumentId === document.Id) };
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the company layout file', () => {
  it('loads as undefined while nobody has saved one', async () => {
    await expect(createCompanyLayoutStore(adminClient()).load()).resolves.toBeUndefined();
  });

  it('is one JSON file in Salesforce Files, shared with the whole company as Collaborator', async () => {
    const { org } = fakeOrg();
    await createCompanyLayoutStore(adminClient()).save(LAYOUTS);
    const [file, ...others] = filesInOrg();
    expect(others).toEqual([]);
    expect(file?.document).toMatchObject({ Title: COMPANY_LAYOUT_FILE.title, FileExtension: 'json', OwnerId: org.userId });
    expect(JSON.parse(file?.text ?? '')).toEqual({ format: 1, ...LAYOUTS });
    const companyLink = org.records.all('ContentDocumentLink').find((link) => link.LinkedEntityId === org.orgId);
    expect(companyLink).toMatchObject({ ContentDocumentId: file?.document.Id, ShareType: 'C', Visibility: 'AllUsers' });
  });

  it('is read back by a teammate on another machine', async () => {
    await createCompanyLayoutStore(adminClient()).save(LAYOUTS);
    await expect(createCompanyLayoutStore(teammateClient()).load()).resolves.toEqual(LAYOUTS);
  });

  it('gets a new version on the next save, not a second file', async () => {
    const next: CompanyLayouts = { objects: { Lead: ['Name', 'Company'] }, updatedAt: '2026-03-03T08:00:00.000Z', updatedBy: 'Jordan Blake' };
    await createCompanyLayoutStore(adminClient()).save(LAYOUTS);
    await createCompanyLayoutStore(teammateClient()).save(next);
    const [file, ...others] = filesInOrg();
    expect(others).toEqual([]);
    expect(file?.versions).toHaveLength(2);
    await expect(createCompanyLayoutStore(adminClient()).load()).resolves.toEqual(next);
  });

  it('costs two API calls to load and two to save', async () => {
    const { org } = fakeOrg();
    const store = createCompanyLayoutStore(adminClient());
    const served = org.usage.served;
    await store.save(LAYOUTS);
    await store.load();
    expect(org.usage.served - served).toBe(4);
  });

  it('converges on the oldest file when two admins created one at the same time', async () => {
    const { org } = fakeOrg();
    await createCompanyLayoutStore(adminClient()).save(LAYOUTS);
    org.advanceClock(2000);
    const client = teammateClient();
    const later = await client.create('ContentVersion', contentVersionValues({ ...COMPANY_LAYOUT_FILE, text: JSON.stringify({ format: 1, objects: {} }) }));
    const documentId = String(org.records.get(later.id)?.ContentDocumentId);
    await client.create('ContentDocumentLink', { ContentDocumentId: documentId, LinkedEntityId: org.orgId, ShareType: 'C', Visibility: 'AllUsers' });
    await expect(createCompanyLayoutStore(client).load()).resolves.toEqual(LAYOUTS);
  });
});

describe('when the file cannot be used', () => {
  it('tells a teammate who may not upload files which permission saving needs, and saves nothing', async () => {
    fakeOrg().org.faults.readOnlyObjects = ['ContentVersion'];
    const failure: unknown = await createCompanyLayoutStore(adminClient()).save(LAYOUTS).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SalesforceError);
    expect(failure).toMatchObject({
      code: 'INSUFFICIENT_ACCESS_OR_READONLY',
      userMessage: 'Saving for everyone needs permission to upload and share files in Salesforce Files.',
      action: 'Ask your Salesforce admin for access',
    });
    expect(filesInOrg()).toEqual([]);
  });

  it('tells a teammate who may only view the file that saving needs Collaborator access, and keeps the file as it was', async () => {
    const { org } = fakeOrg();
    await createCompanyLayoutStore(adminClient()).save(LAYOUTS);
    const companyLink = org.records.all('ContentDocumentLink').find((link) => link.LinkedEntityId === org.orgId);
    org.updateTrusted(String(companyLink?.Id), { ShareType: 'V' });
    const failure: unknown = await createCompanyLayoutStore(teammateClient()).save({ objects: {} }).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'INSUFFICIENT_ACCESS_OR_READONLY',
      userMessage: 'Saving for everyone needs Collaborator access to the “Front sidebar layouts” file in Salesforce Files.',
    });
    expect(filesInOrg().map((file) => JSON.parse(file.text) as unknown)).toEqual([{ format: 1, ...LAYOUTS }]);
  });

  it.each([
    ['not JSON', '{"objects": '],
    ['a newer format', JSON.stringify({ format: 2, objects: { Contact: ['Name'] } })],
    ['names that are not API names', JSON.stringify({ format: 1, objects: { Contact: ["Name') OR Id != null"] } })],
  ])('loads a file holding %s as undefined, with a warning', async (_kind, text) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { org } = fakeOrg();
    await createCompanyLayoutStore(adminClient()).save(LAYOUTS);
    const documentId = filesInOrg()[0]?.document.Id;
    await adminClient().create('ContentVersion', contentVersionValues({ ...COMPANY_LAYOUT_FILE, text, contentDocumentId: documentId }));
    expect(org.records.all('ContentVersion')).toHaveLength(2);
    await expect(createCompanyLayoutStore(teammateClient()).load()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('company layout file'));
  });

  it('passes an ended session on untouched, so the screen can offer to sign in again', async () => {
    fakeOrg().org.faults.expiredSession = true;
    await expect(createCompanyLayoutStore(adminClient()).load()).rejects.toMatchObject({ code: 'INVALID_SESSION_ID', userMessage: expect.not.stringContaining('company layout') as unknown });
  });
});
