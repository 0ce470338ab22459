import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOrgServer, type RunningFakeOrg } from '../../src/fake-org/server/start-server';
import { readFixture, shapeOf } from '../support/fixtures';

// The fake org over real HTTP, driven by plain fetch: a second client that shares none of jsforce's
// habits, for the routes a sync and other integrations use.
describe('npm run fake-org with a plain HTTP client', () => {
  let running: RunningFakeOrg;
  const api = (path: string) => `${running.instanceUrl}/services/data/v62.0${path}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(api(path), {
      method,
      headers: { Authorization: `Bearer ${running.accessToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const span = (start: Date, end: Date) => `?start=${encodeURIComponent(start.toISOString())}&end=${encodeURIComponent(end.toISOString())}`;

  beforeAll(async () => {
    running = await startFakeOrgServer({ port: 0, token: 'fetch-test-token' });
  });
  afterAll(() => running.close());

  it('polls getUpdated and getDeleted in the recorded shapes, with the org clock moved on', async () => {
    // A minute past the seed, so the span (whole minutes) starts after it.
    running.org.advanceClock(60_000);
    const since = running.org.now();
    const [changed, removed] = running.org.records.all('Contact');
    expect((await call('PATCH', `/sobjects/Contact/${changed!.Id}`, { Title: 'Polled' })).status).toBe(204);
    expect((await call('DELETE', `/sobjects/Contact/${removed!.Id}`)).status).toBe(204);
    running.org.advanceClock(60_000);
    const end = new Date(running.org.now().getTime() + 60_000);

    const updated = await call('GET', `/sobjects/Contact/updated/${span(since, end)}`);
    expect(updated.headers.get('Content-Type')).toBe('application/json;charset=UTF-8');
    expect(shapeOf(updated.body)).toEqual(shapeOf(readFixture('getUpdated-restforce.json')));
    expect((updated.body as { ids: string[] }).ids).toEqual([changed!.Id]);

    const deleted = await call('GET', `/sobjects/Contact/deleted/${span(since, end)}`);
    expect(shapeOf(deleted.body)).toEqual(shapeOf(readFixture('getDeleted-restforce.json')));
    expect((deleted.body as { deletedRecords: Array<{ id: string }> }).deletedRecords.map((r) => r.id)).toEqual([removed!.Id]);
  });

  it('upserts and reads by external id, with Location on the create', async () => {
    const created = await call('PATCH', '/sobjects/acme__Widget__c/acme__Serial__c/HTTP-1', { Name: 'Over HTTP' });
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    expect(created.body).toEqual({ id, success: true, errors: [], created: true });
    expect(created.headers.get('Location')).toBe(`/services/data/v62.0/sobjects/acme__Widget__c/${id}`);
    expect((await call('GET', '/sobjects/acme__Widget__c/acme__Serial__c/HTTP-1')).body).toMatchObject({ Id: id, Name: 'Over HTTP' });
    expect((await call('PATCH', '/sobjects/acme__Widget__c/acme__Serial__c/HTTP-1', { Name: 'Again' })).status).toBe(200);
  });

  it('reads compound addresses, basic info, limits and composite headers as a real org sends them', async () => {
    const account = running.org.insertTrusted('Account', { Name: 'Fetch Co', BillingCity: 'Lyon' });
    const read = (await call('GET', `/sobjects/Account/${account.Id}`)).body as Record<string, unknown>;
    expect(read).toMatchObject({ BillingAddress: { city: 'Lyon', street: null }, ShippingAddress: null });

    const info = (await call('GET', '/sobjects/Account/')).body as { objectDescribe: object };
    expect(shapeOf(info)).toEqual(shapeOf(readFixture('sobject-basic-info-Account-v63-nango.json')));

    const limits = (await call('GET', '/limits')).body as object;
    expect(Object.keys(limits)).toEqual(Object.keys(readFixture<object>('limits-v60-nango.json')));

    const composite = await call('POST', '/composite', {
      compositeRequest: [{ method: 'POST', url: '/services/data/v62.0/sobjects/Lead', referenceId: 'lead', body: { LastName: 'Fetch', Company: 'Fetch Co' } }],
    });
    const [sub] = (composite.body as { compositeResponse: Array<{ body: { id: string }; httpHeaders: Record<string, string> }> }).compositeResponse;
    expect(sub?.httpHeaders).toEqual({ Location: `/services/data/v62.0/sobjects/Lead/${sub?.body.id}` });
  });
});
