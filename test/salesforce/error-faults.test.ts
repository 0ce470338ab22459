import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSalesforceClient, SalesforceError } from '../../src/salesforce';
import { withFakeOrg } from '../support/fake-org';
import { connectTo } from './support';

const fakeOrg = withFakeOrg();

function client() {
  return createSalesforceClient(connectTo(fakeOrg()));
}

describe('org-wide failures', () => {
  it('maps an exhausted daily API limit to REQUEST_LIMIT_EXCEEDED', async () => {
    fakeOrg().org.faults.apiLimitExhausted = true;
    await expect(client().limits()).rejects.toMatchObject({
      code: 'REQUEST_LIMIT_EXCEEDED',
      status: 403,
      action: 'Try again later (requests free up over the next 24 hours), or ask your Salesforce admin to raise the limit',
    });
  });

  it('maps an org without API access to API_DISABLED_FOR_ORG', async () => {
    fakeOrg().org.faults.apiDisabled = true;
    await expect(client().describe('Contact')).rejects.toMatchObject({ code: 'API_DISABLED_FOR_ORG', status: 403 });
  });

  it('maps a user without the API Enabled permission to API_CURRENTLY_DISABLED', async () => {
    const { server, instanceUrl } = fakeOrg();
    server.use(
      http.get(`${instanceUrl}/services/data/v62.0/limits`, () =>
        HttpResponse.json([{ message: 'API is disabled for this User', errorCode: 'API_CURRENTLY_DISABLED' }], { status: 403 }),
      ),
    );
    await expect(client().limits()).rejects.toMatchObject({
      code: 'API_CURRENTLY_DISABLED',
      action: 'Ask your admin for the API Enabled permission',
    });
  });

  it('maps a Salesforce outage to SERVER_UNAVAILABLE', async () => {
    fakeOrg().org.faults.serverError = true;
    // A POST, because jsforce retries idempotent GETs on 503 with a 15-second backoff.
    await expect(client().create('Contact', { LastName: 'Down' })).rejects.toMatchObject({ code: 'SERVER_UNAVAILABLE', status: 503 });
  });

  it('maps a network failure to NETWORK', async () => {
    const { server, instanceUrl } = fakeOrg();
    server.use(http.post(`${instanceUrl}/services/data/v62.0/sobjects/Contact`, () => HttpResponse.error()));
    const failure = await client().create('Contact', { LastName: 'Offline' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SalesforceError);
    expect(failure).toMatchObject({ code: 'NETWORK', action: 'Check your connection and try again' });
  });
});
