import { http, passthrough } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  c,
  ConflictError,
  createSalesforceClient,
  createSalesforceConnection,
  memoryDescribeStorage,
  soql,
  type SalesforceClient,
  type SalesforceConnectionOptions,
} from '../salesforce';
import { SEED_PEOPLE } from '../fake-org/seed/default/seed-people';
import { withFakeOrg } from '../../test/support/fake-org';
import { startAppServer, type RunningAppServer } from './app-server';
import { captureLogger, logLines, tempDist, type CapturedLogger } from './test-support/server-fixtures';

// The real jsforce client, configured with proxyUrl as the plugin is, talks to the real server; the server's own
// upstream fetch is answered by the fake org through msw/node. Only requests to the local server pass through.
const fakeOrg = withFakeOrg();

let running: RunningAppServer | undefined;
let logger: CapturedLogger;

beforeEach(async () => {
  fakeOrg().server.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
  logger = captureLogger();
  running = await startAppServer({ distDir: tempDist(), config: { transport: 'proxy' }, logger, port: 0, host: '127.0.0.1' });
});
afterEach(async () => {
  // A test may leave a response body unread; its connection would otherwise hold close() open.
  running?.server.closeAllConnections();
  await running?.close();
  running = undefined;
});

function connect(options: Partial<SalesforceConnectionOptions> = {}) {
  const { instanceUrl, accessToken } = fakeOrg();
  return createSalesforceConnection({ instanceUrl, accessToken, proxyUrl: `${running?.url}/salesforce-proxy`, ...options });
}

const contactSchema = z.object({ Id: z.string(), Name: z.string(), LastModifiedDate: z.string() });

async function findContact(client: SalesforceClient, email: string) {
  const query = soql.select(['Id', 'Name', 'LastModifiedDate']).from('Contact').where(c.eq('Email', email));
  const { records } = await client.query(query, { recordSchema: contactSchema });
  const [contact, ...others] = records;
  if (!contact || others.length > 0) throw new Error(`expected one Contact with ${email}, found ${records.length}`);
  return contact;
}

describe('jsforce through the proxy, against the fake org', () => {
  it('queries and saves: the org holds the change, and API usage comes back', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connect());

    const maya = await findContact(client, SEED_PEOPLE.rich.email);
    await client.update('Contact', maya.Id, { Title: 'Head of Robotics' });

    expect(maya.Name).toBe('Maya Chen');
    expect(org.records.get(maya.Id)).toMatchObject({ Title: 'Head of Robotics' });
    expect(client.apiUsage()).toMatchObject({ used: org.usage.served });
    expect(await logLines(logger, 2)).toEqual([
      'GET demo.my.salesforce.com/services/data/v62.0/query 200',
      `PATCH demo.my.salesforce.com/services/data/v62.0/sobjects/Contact/${maya.Id} 204`,
    ]);
  });

  it('passes If-Unmodified-Since through: another user’s newer edit stays, and the conflict comes back', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connect());
    const loaded = await findContact(client, SEED_PEOPLE.rich.email);
    org.advanceClock(2000);
    org.updateTrusted(loaded.Id, { Title: 'Changed by a teammate' });

    const failure = await client.update('Contact', loaded.Id, { Title: 'Mine' }, { lastModifiedDate: loaded.LastModifiedDate }).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ConflictError);
    expect(org.records.get(loaded.Id)).toMatchObject({ Title: 'Changed by a teammate' });
  });

  it('passes If-Modified-Since through: a cached describe is revalidated without a body', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connect(), { describeStorage: memoryDescribeStorage() });

    const first = await client.describe('Contact');
    const second = await client.describe('Contact');

    expect(second).toEqual(first);
    expect(org.usage.describeBodies).toBe(1);
    expect(org.usage.served).toBe(2);
  });

  it('converts a Lead over SOAP, which only works through the proxy in a browser', async () => {
    const { org } = fakeOrg();
    const lead = org.insertTrusted('Lead', { LastName: 'Okafor', Company: 'Okafor Solar Ltd', Email: 'grace@okafor-solar.example', Status: 'Working - Contacted' });

    const result = await createSalesforceClient(connect()).convertLead({ leadId: lead.Id, convertedStatus: 'Closed - Converted' });

    expect(org.records.get(lead.Id)).toMatchObject({ IsConverted: true, ConvertedContactId: result.contactId });
  });

  it('refreshes an expired session through the proxy, and logs no token', async () => {
    const { org, accessToken, instanceUrl } = fakeOrg();
    const clientId = '3MVG9proxy-test';
    const refreshToken = org.auth.issueRefreshToken(clientId, org.userId);
    const client = createSalesforceClient(connect({ clientId, refreshToken, loginUrl: instanceUrl }));
    org.auth.expireAccessTokens();

    const maya = await findContact(client, SEED_PEOPLE.rich.email);

    expect(maya.Name).toBe('Maya Chen');
    expect(await logLines(logger, 3)).toEqual([
      'GET demo.my.salesforce.com/services/data/v62.0/query 200',
      'GET demo.my.salesforce.com/services/data/v62.0/query 401',
      'POST demo.my.salesforce.com/services/oauth2/token 200',
    ]);
    const newAccessToken = client.connection.accessToken ?? '';
    for (const secret of [accessToken, refreshToken, newAccessToken, SEED_PEOPLE.rich.email]) expect(logger.text()).not.toContain(secret);
  });
});
