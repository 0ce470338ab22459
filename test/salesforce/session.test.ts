import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createSalesforceClient, type SalesforceTokens } from '../../src/salesforce';
import { withFakeOrg } from '../support/fake-org';
import { connectTo, connectWithRefresh, TEST_CLIENT_ID } from './support';

const fakeOrg = withFakeOrg();

describe('session refresh', () => {
  it('refreshes an expired session on 401 and retries the call', async () => {
    const harness = fakeOrg();
    const onTokensRefreshed = vi.fn<(tokens: SalesforceTokens) => void>();
    const { conn, refreshToken } = connectWithRefresh(harness, { onTokensRefreshed });
    harness.org.auth.expireAccessTokens();

    const contact = harness.org.insertTrusted('Contact', { LastName: 'After Refresh' });
    const record = await createSalesforceClient(conn).retrieve('Contact', contact.Id, { fields: ['LastName'] });

    expect(record.LastName).toBe('After Refresh');
    expect(onTokensRefreshed).toHaveBeenCalledTimes(1);
    const tokens = onTokensRefreshed.mock.calls[0]![0];
    expect(tokens.accessToken).not.toBe(harness.accessToken);
    expect(tokens.refreshToken).toBeDefined();
    expect(tokens.refreshToken).not.toBe(refreshToken);
    expect(tokens.instanceUrl).toBe(harness.instanceUrl);
    expect(conn.accessToken).toBe(tokens.accessToken);
    expect(conn.refreshToken).toBe(tokens.refreshToken);
    expect(harness.org.auth.userForAccessToken(tokens.accessToken)).toBe(harness.org.userId);
  });

  it('keeps the ROTATED refresh token, so a second expiry still refreshes', async () => {
    const harness = fakeOrg();
    const refreshed: SalesforceTokens[] = [];
    const { conn } = connectWithRefresh(harness, { onTokensRefreshed: (tokens) => refreshed.push(tokens) });
    const client = createSalesforceClient(conn);

    harness.org.auth.expireAccessTokens();
    await client.limits();
    harness.org.auth.expireAccessTokens();
    await client.limits();

    // With jsforce's own refresh the second attempt would send the first (now revoked) refresh token.
    expect(refreshed).toHaveLength(2);
    expect(refreshed[1]?.refreshToken).not.toBe(refreshed[0]?.refreshToken);
    expect(conn.refreshToken).toBe(refreshed[1]?.refreshToken);
  });

  it('lets two tabs refresh the same rotated sign-in at once: one after the other, the second with the newer token', async () => {
    const harness = fakeOrg();
    const refreshToken = harness.org.auth.issueRefreshToken(TEST_CLIENT_ID, harness.org.userId);
    // What the tabs share: the saved refresh token (localStorage) and a lock (Web Locks), both stood in for here.
    let saved = refreshToken;
    let queue = Promise.resolve();
    const refreshLock = <T,>(work: () => Promise<T>): Promise<T> => {
      const run = queue.then(work);
      queue = run.then(() => undefined, () => undefined);
      return run;
    };
    const tab = () =>
      createSalesforceClient(
        connectTo(harness, {
          clientId: TEST_CLIENT_ID,
          refreshToken,
          loginUrl: harness.instanceUrl,
          refreshLock,
          latestRefreshToken: () => saved,
          onTokensRefreshed: (tokens) => (saved = tokens.refreshToken ?? saved),
        }),
      );
    const [first, second] = [tab(), tab()];
    harness.org.auth.expireAccessTokens();

    const results = await Promise.allSettled([first.limits(), second.limits()]);

    // Without the lock and the re-read, the second tab would send the first's spent token and be signed out.
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(saved).not.toBe(refreshToken);
  });

  it('gives up with INVALID_SESSION_ID when Salesforce keeps rejecting the refreshed session', async () => {
    const harness = fakeOrg();
    const onTokensRefreshed = vi.fn();
    const { conn } = connectWithRefresh(harness, { onTokensRefreshed });
    harness.org.auth.expireAccessTokens();
    // Refresh succeeds, but the API keeps refusing the new token (e.g. an IP restriction on the session):
    // jsforce alone would refresh and retry forever.
    harness.server.use(
      http.get(`${harness.instanceUrl}/services/data/v62.0/limits`, () =>
        HttpResponse.json([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], { status: 401 }),
      ),
    );

    const failure = await createSalesforceClient(conn).limits().catch((e: unknown) => e);

    expect(failure).toMatchObject({ code: 'INVALID_SESSION_ID', action: 'Sign in again' });
    expect(onTokensRefreshed).toHaveBeenCalledTimes(1);
  });

  it('asks the user to sign in again when the org ends the session and refuses the refresh', async () => {
    const harness = fakeOrg();
    const onTokensRefreshed = vi.fn();
    const { conn } = connectWithRefresh(harness, { onTokensRefreshed });
    harness.org.faults.expiredSession = true;

    const failure = await createSalesforceClient(conn).limits().catch((e: unknown) => e);

    expect(failure).toMatchObject({ code: 'INVALID_SESSION_ID', action: 'Sign in again' });
    expect(onTokensRefreshed).not.toHaveBeenCalled();
  });

  it('asks every call waiting on the same failed refresh to sign in again, not only the first', async () => {
    const harness = fakeOrg();
    const { conn } = connectWithRefresh(harness);
    harness.org.faults.expiredSession = true;
    const client = createSalesforceClient(conn);

    // The panel's lookup and describe start together: the first 401 starts the refresh, the others wait on it
    // (jsforce hands the waiters the refresh's own error, not its "Unable to refresh session" wrapper).
    const failures = await Promise.all([client.limits(), client.limits(), client.limits()].map((call) => call.catch((e: unknown) => e)));

    for (const failure of failures) expect(failure).toMatchObject({ code: 'INVALID_SESSION_ID', action: 'Sign in again' });
  });

  it('says the network is down, not that the session ended, when the refresh cannot reach Salesforce', async () => {
    const harness = fakeOrg();
    const { conn } = connectWithRefresh(harness);
    harness.org.auth.expireAccessTokens();
    harness.server.use(http.post(`${harness.instanceUrl}/services/oauth2/token`, () => HttpResponse.error()));
    const client = createSalesforceClient(conn);

    const failures = await Promise.all([client.limits(), client.limits()].map((call) => call.catch((e: unknown) => e)));

    for (const failure of failures) expect(failure).toMatchObject({ code: 'NETWORK' });
  });

  it('asks the user to sign in again when the refresh token was revoked', async () => {
    const harness = fakeOrg();
    const { conn, refreshToken } = connectWithRefresh(harness);
    harness.org.auth.revoke(refreshToken);

    const failure = await createSalesforceClient(conn).limits().catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'INVALID_SESSION_ID', action: 'Sign in again' });
    expect(String((failure as Error).message)).not.toContain(refreshToken);
  });

  it('maps an expired session without a refresh token to INVALID_SESSION_ID', async () => {
    const harness = fakeOrg();
    harness.org.auth.expireAccessTokens();
    const failure = await createSalesforceClient(connectTo(harness)).limits().catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'INVALID_SESSION_ID', status: 401, userMessage: 'Your Salesforce login is invalid.' });
    expect(JSON.stringify(failure)).not.toContain(harness.accessToken);
    expect(String((failure as Error).message)).not.toContain(harness.accessToken);
  });

  it('refreshes a SOAP call (convertLead) too', async () => {
    const harness = fakeOrg();
    const onTokensRefreshed = vi.fn();
    const { conn } = connectWithRefresh(harness, { onTokensRefreshed });
    const lead = harness.org.insertTrusted('Lead', { LastName: 'Soap', Company: 'Soap Co', Status: 'Open - Not Contacted' });
    harness.org.auth.expireAccessTokens();

    const result = await createSalesforceClient(conn).convertLead({ leadId: lead.Id, convertedStatus: 'Closed - Converted' });

    expect(harness.org.records.get(lead.Id)?.IsConverted).toBe(true);
    expect(result.contactId).toBeTruthy();
    expect(onTokensRefreshed).toHaveBeenCalledTimes(1);
  });
});
