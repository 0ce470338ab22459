import { describe, expect, it } from 'vitest';
import { withFakeOrg, type FakeOrgHarness } from '../../../test/support/fake-org';
import { createSalesforceClient } from '../client';
import { createSalesforceConnection } from '../connection';
import { createPkcePair } from './pkce';
import { exchangeCode, OAuthTokenError, refreshSession, revokeToken, type OAuthClientSettings } from './tokens';

const fakeOrg = withFakeOrg();

function settings(harness: FakeOrgHarness): OAuthClientSettings {
  return { loginUrl: harness.instanceUrl, clientId: 'sidebar-client', redirectUri: 'https://sidebar.example/oauth/callback' };
}

/** A code the org issued after the user clicked Allow, bound to this client and challenge. */
async function approvedCode(harness: FakeOrgHarness) {
  const pkce = await createPkcePair();
  const code = harness.org.auth.issueCode(
    { clientId: 'sidebar-client', redirectUri: 'https://sidebar.example/oauth/callback', codeChallenge: pkce.challenge, codeChallengeMethod: 'S256', userId: harness.org.userId },
    Date.now(),
  );
  return { code, verifier: pkce.verifier };
}

describe('OAuth tokens', () => {
  it('trades the code and the PKCE verifier for tokens naming the org and user', async () => {
    const harness = fakeOrg();
    const { code, verifier } = await approvedCode(harness);

    const tokens = await exchangeCode(settings(harness), code, verifier);

    expect(tokens).toMatchObject({ instanceUrl: harness.instanceUrl, orgId: harness.org.orgId, userId: harness.org.userId });
    expect(harness.org.auth.userForAccessToken(tokens.accessToken)).toBe(harness.org.userId);
    expect(harness.org.auth.refreshTokenOwner(tokens.refreshToken ?? '')).toEqual({ clientId: 'sidebar-client', userId: harness.org.userId });
  });

  it('refuses a code with the wrong verifier, as Salesforce does', async () => {
    const harness = fakeOrg();
    const { code } = await approvedCode(harness);
    const failure = await exchangeCode(settings(harness), code, (await createPkcePair()).verifier).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OAuthTokenError);
    expect(failure).toMatchObject({ error: 'invalid_grant', description: 'invalid code verifier', grantRejected: true });
  });

  it('rotates the refresh token: the new one works, the old one is refused', async () => {
    const harness = fakeOrg();
    const { code, verifier } = await approvedCode(harness);
    const first = await exchangeCode(settings(harness), code, verifier);

    const second = await refreshSession(settings(harness), first.refreshToken ?? '');

    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(harness.org.auth.refreshTokenOwner(second.refreshToken ?? '')).toBeDefined();
    await expect(refreshSession(settings(harness), first.refreshToken ?? '')).rejects.toMatchObject({ grantRejected: true });
  });

  it('revokes the refresh token, ending the session it started', async () => {
    const harness = fakeOrg();
    const { code, verifier } = await approvedCode(harness);
    const tokens = await exchangeCode(settings(harness), code, verifier);

    await revokeToken(settings(harness), tokens.refreshToken ?? '');

    expect(harness.org.auth.refreshTokenOwner(tokens.refreshToken ?? '')).toBeUndefined();
    expect(harness.org.auth.userForAccessToken(tokens.accessToken)).toBeUndefined();
  });

  it('tells who is signed in from userinfo, without spending an API call', async () => {
    const harness = fakeOrg();
    const client = createSalesforceClient(createSalesforceConnection({ instanceUrl: harness.instanceUrl, accessToken: harness.accessToken }));

    expect(await client.userInfo()).toMatchObject({ orgId: harness.org.orgId, userId: harness.org.userId, username: expect.stringContaining('@') as string });
    expect(harness.org.usage.served).toBe(0);
  });
});
