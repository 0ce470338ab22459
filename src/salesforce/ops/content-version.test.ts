import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { connectTo } from '../../../test/salesforce/support';
import { createSalesforceClient } from '../client';
import { SalesforceError } from '../errors';
import { contentVersionValues } from './content-version';

const fakeOrg = withFakeOrg();
const TEXT = '{"greeting": "Grüße, Zoë — 你好 👋"}';

function client() {
  return createSalesforceClient(connectTo(fakeOrg()));
}

describe('contentVersionValues', () => {
  it('sends the text as UTF-8 in base64 VersionData', () => {
    const values = contentVersionValues({ title: 'Greeting', pathOnClient: 'greeting.json', text: TEXT });
    const bytes = Uint8Array.from(atob(values.VersionData ?? ''), (char) => char.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(TEXT);
    expect(values).toMatchObject({ Title: 'Greeting', PathOnClient: 'greeting.json' });
    expect(values).not.toHaveProperty('ContentDocumentId');
  });

  it('refuses a file id that is not a Salesforce id', () => {
    expect(() => contentVersionValues({ title: 'x', pathOnClient: 'x.json', text: '', contentDocumentId: '069/../limits' })).toThrow(SalesforceError);
  });
});

describe('downloadVersionData', () => {
  it('returns what was uploaded, as text', async () => {
    const { org } = fakeOrg();
    const { id } = await client().create('ContentVersion', contentVersionValues({ title: 'Greeting', pathOnClient: 'greeting.json', text: TEXT }));
    expect(org.records.get(id)).toMatchObject({ FileExtension: 'json', ContentSize: new TextEncoder().encode(TEXT).length });
    await expect(client().downloadVersionData(id)).resolves.toBe(TEXT);
  });

  it('still returns text when a server labels the content JSON', async () => {
    const harness = fakeOrg();
    harness.server.use(http.get(`${harness.instanceUrl}/services/data/:version/sobjects/ContentVersion/:id/VersionData`, () => HttpResponse.json({ a: 1 })));
    await expect(client().downloadVersionData('068000000000001AAA')).resolves.toBe('{"a":1}');
  });

  it('reports a version that does not exist as NOT_FOUND', async () => {
    await expect(client().downloadVersionData('068000000000001AAA')).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });
});
