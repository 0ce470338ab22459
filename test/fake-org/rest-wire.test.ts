import { describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../src/fake-org/seed';
import { limitsSchema } from '../../src/salesforce/schemas/limits';
import { withFakeOrg } from '../support/fake-org';
import { readFixture, shapeOf } from '../support/fixtures';
import { rest } from '../support/rest';

const fakeOrg = withFakeOrg();

describe('fake org REST: the envelope every client relies on', () => {
  it('lists the API versions it serves, from 50.0 up', async () => {
    const { status, body } = await rest(fakeOrg(), 'GET', '/services/data');
    expect(status).toBe(200);
    const versions = (body as Array<{ version: string; url: string; label: string }>).map((v) => v.version);
    expect(versions).toContain('50.0');
    expect(versions).toContain('62.0');
    expect(shapeOf((body as unknown[])[0])).toEqual(shapeOf(readFixture<unknown[]>('versions-services-data-nango.json')[0]));
  });

  it('names its JSON responses application/json;charset=UTF-8, errors and the version list included', async () => {
    const harness = fakeOrg();
    for (const path of ['/services/data', '/limits', '/sobjects/Contact/003000000000000AAA']) {
      expect((await rest(harness, 'GET', path)).headers.get('Content-Type')).toBe('application/json;charset=UTF-8');
    }
  });

  it('answers any served version and refuses older ones as Salesforce does', async () => {
    expect((await rest(fakeOrg(), 'GET', '/services/data/v50.0/limits')).status).toBe(200);
    expect((await rest(fakeOrg(), 'GET', '/services/data/v66.0/limits')).status).toBe(200);
    const old = await rest(fakeOrg(), 'GET', '/services/data/v49.0/limits');
    expect(old.status).toBe(404);
    expect(old.body).toEqual(readFixture('error-NOT_FOUND-retrieve-404-v21-sf-api-connector.json'));
  });

  it('counts each API call once and reports usage in Sforce-Limit-Info on every response, errors included', async () => {
    const harness = fakeOrg();
    const first = await rest(harness, 'GET', '/limits');
    expect(first.headers.get('Sforce-Limit-Info')).toBe(`api-usage=1/${harness.org.usage.max}`);
    const failed = await rest(harness, 'GET', '/sobjects/Contact/003000000000000AAA');
    expect(failed.status).toBe(404);
    expect(failed.headers.get('Sforce-Limit-Info')).toBe(`api-usage=2/${harness.org.usage.max}`);
    const limits = (await rest(harness, 'GET', '/limits')).body as { DailyApiRequests: { Max: number; Remaining: number } };
    expect(limits.DailyApiRequests).toEqual({ Max: harness.org.usage.max, Remaining: harness.org.usage.max - 3 });
    expect(harness.org.usage.served).toBe(3);
  });

  it('reports every limit a real org does, in the recorded shape and order, parsed by the client', async () => {
    const harness = fakeOrg();
    const { body } = await rest(harness, 'GET', '/limits');
    const recorded = readFixture<Record<string, unknown>>('limits-v60-nango.json');
    expect(shapeOf(body)).toEqual(shapeOf(recorded));
    expect(Object.keys(body as object)).toEqual(Object.keys(recorded));
    const limits = limitsSchema.parse(body);
    expect(limits.DailyApiRequests).toEqual({ Max: harness.org.usage.max, Remaining: harness.org.usage.max - 1 });
    expect(limits.MaxContentDocumentsLimit?.Remaining).toBe(30_000_000 - harness.org.records.all('ContentDocument').length);
  });

  it('rejects a missing or unknown token with the recorded INVALID_SESSION_ID body, without counting it', async () => {
    const harness = fakeOrg();
    const { status, body } = await rest(harness, 'GET', '/limits', { token: 'not-a-token' });
    expect(status).toBe(401);
    expect(body).toEqual(readFixture('error-INVALID_SESSION_ID-rest-restforce.json'));
    expect(harness.org.usage.served).toBe(0);
  });

  it('queries page with nextRecordsUrl in the recorded shape, and queryMore finishes the set', async () => {
    const harness = fakeOrg();
    harness.org.queryBatchSize = 10;
    const first = await rest(harness, 'GET', `/query?q=${encodeURIComponent('SELECT Id, Name FROM Contact ORDER BY Name')}`);
    const page1 = first.body as { totalSize: number; done: boolean; nextRecordsUrl: string; records: Array<{ Id: string }> };
    const recorded = readFixture<Record<string, unknown>>('query-Account-page1-nextRecordsUrl-v59-nango.json');
    expect(Object.keys(page1).sort()).toEqual(Object.keys(recorded).sort());
    expect(page1.done).toBe(false);
    expect(page1.records).toHaveLength(10);
    expect(page1.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/query\/[A-Za-z0-9]+-10$/);

    const ids = [...page1.records.map((r) => r.Id)];
    let next: string | undefined = page1.nextRecordsUrl;
    while (next) {
      const page = (await rest(harness, 'GET', next)).body as { done: boolean; nextRecordsUrl?: string; records: Array<{ Id: string }> };
      ids.push(...page.records.map((r) => r.Id));
      next = page.done ? undefined : page.nextRecordsUrl;
    }
    expect(ids).toHaveLength(page1.totalSize);
    expect(new Set(ids).size).toBe(harness.org.records.all('Contact').length);
  });

  it('leaves deleted records out of /query but returns them from /queryAll with IsDeleted', async () => {
    const harness = fakeOrg();
    const account = harness.org.records.all('Account')[0]!;
    await rest(harness, 'DELETE', `/sobjects/Account/${account.Id}`);
    const q = encodeURIComponent(`SELECT Id, IsDeleted FROM Account WHERE Id = '${account.Id}'`);
    expect((await rest(harness, 'GET', `/query?q=${q}`)).body).toMatchObject({ totalSize: 0, records: [] });
    expect((await rest(harness, 'GET', `/queryAll?q=${q}`)).body).toMatchObject({ totalSize: 1, records: [{ Id: account.Id, IsDeleted: true }] });
  });

  it('answers an unknown query locator with the recorded INVALID_QUERY_LOCATOR body', async () => {
    const { status, body } = await rest(fakeOrg(), 'GET', '/query/0r8xxnotalocator-2000');
    expect(status).toBe(400);
    expect(body).toEqual(readFixture('error-INVALID_QUERY_LOCATOR-400-v21-sf-api-connector.json'));
  });

  it('finds a person by email through SOSL, case-insensitively', async () => {
    const sosl = `FIND {${SEED_PEOPLE.rich.email.toUpperCase()}} IN EMAIL FIELDS RETURNING Contact(Id, Email)`;
    const { status, body } = await rest(fakeOrg(), 'GET', `/search?q=${encodeURIComponent(sosl)}`);
    expect(status).toBe(200);
    const records = (body as { searchRecords: Array<{ Email: string }> }).searchRecords;
    expect(records.map((r) => r.Email)).toEqual([SEED_PEOPLE.rich.email]);
  });
});
