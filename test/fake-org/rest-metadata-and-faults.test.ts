import { describe, expect, it } from 'vitest';
import { defineCustomObject, lookupField } from '../../src/fake-org/metadata';
import { withFakeOrg } from '../support/fake-org';
import { rest } from '../support/rest';

const fakeOrg = withFakeOrg();

describe('fake org describes revalidate with If-Modified-Since', () => {
  it('sends a describe body once, then 304 until the metadata changes', async () => {
    const harness = fakeOrg();
    const first = await rest(harness, 'GET', '/sobjects/Contact/describe');
    expect(first.status).toBe(200);
    expect((first.body as { name: string }).name).toBe('Contact');
    const lastModified = first.headers.get('Last-Modified')!;

    const again = await rest(harness, 'GET', '/sobjects/Contact/describe', { headers: { 'If-Modified-Since': lastModified } });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    expect(harness.org.usage.describeBodies).toBe(1);

    harness.org.advanceClock(60_000);
    defineCustomObject(
      harness.org.metadata,
      { name: 'Feedback__c', label: 'Feedback', labelPlural: 'Feedbacks', keyPrefix: 'a09', fields: [lookupField('Contact__c', 'Contact', 'Contact', 'Feedbacks__r')] },
      harness.instanceUrl,
      harness.org.now(),
    );
    const changed = await rest(harness, 'GET', '/sobjects/Contact/describe', { headers: { 'If-Modified-Since': lastModified } });
    expect(changed.status).toBe(200);
    const children = (changed.body as { childRelationships: Array<{ relationshipName: string | null }> }).childRelationships;
    expect(children.map((c) => c.relationshipName)).toContain('Feedbacks__r');
  });

  it('revalidates describeGlobal the same way', async () => {
    const harness = fakeOrg();
    const first = await rest(harness, 'GET', '/sobjects');
    const names = (first.body as { sobjects: Array<{ name: string }> }).sobjects.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Account', 'Contact', 'Lead', 'Account_Service_Request__c', 'acme__Widget__c']));
    const again = await rest(harness, 'GET', '/sobjects', { headers: { 'If-Modified-Since': new Date(harness.org.now().getTime()).toUTCString() } });
    expect(again.status).toBe(304);
  });
});

describe('fake org fault switches', () => {
  it('expired session: 401 INVALID_SESSION_ID', async () => {
    const harness = fakeOrg();
    harness.org.faults.expiredSession = true;
    const { status, body } = await rest(harness, 'GET', '/limits');
    expect(status).toBe(401);
    expect(body).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
  });

  it('API limit exhausted: 403 REQUEST_LIMIT_EXCEEDED', async () => {
    const harness = fakeOrg();
    harness.org.faults.apiLimitExhausted = true;
    const { status, body } = await rest(harness, 'GET', '/limits');
    expect(status).toBe(403);
    expect(body).toMatchObject([{ errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
  });

  it('API disabled: 403 API_DISABLED_FOR_ORG', async () => {
    const harness = fakeOrg();
    harness.org.faults.apiDisabled = true;
    expect((await rest(harness, 'GET', '/limits')).body).toMatchObject([{ errorCode: 'API_DISABLED_FOR_ORG' }]);
  });

  it('server error: 503', async () => {
    const harness = fakeOrg();
    harness.org.faults.serverError = true;
    expect((await rest(harness, 'GET', '/limits')).status).toBe(503);
  });

  it('latency delays every response by the configured time', async () => {
    const harness = fakeOrg();
    harness.org.faults.latencyMs = 150;
    const started = performance.now();
    await rest(harness, 'GET', '/limits');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});
