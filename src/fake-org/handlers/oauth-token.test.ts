import { describe, expect, it } from 'vitest';
import type { FakeOrg } from '../org';
import { Connection, OAuth2 } from '../soap/test-support/jsforce-client';
import { serveMinimalOrg } from '../soap/test-support/msw-org';

const getOrg = serveMinimalOrg();
const CLIENT = 'front-sidebar-client';

function oauth2(org: FakeOrg, clientId = CLIENT): OAuth2 {
  return new OAuth2({ loginUrl: org.instanceUrl, clientId, redirectUri: 'https://sidebar.example/oauth/callback' });
}

function userinfo(org: FakeOrg, accessToken: string): Promise<Response> {
  return fetch(`${org.instanceUrl}/services/oauth2/userinfo`, { headers: { Authorization: `Bearer ${accessToken}` } });
}

describe('OAuth tokens', () => {
  it('rotates the refresh token on every use and rejects the used one', async () => {
    const org = getOrg();
    const first = org.auth.issueRefreshToken(CLIENT, org.userId);
    const client = oauth2(org);

    const refreshed = await client.refreshToken(first);
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(first);
    expect(org.auth.userForAccessToken(refreshed.access_token)).toBe(org.userId);
    expect(refreshed).toMatchObject({ instance_url: org.instanceUrl, token_type: 'Bearer', scope: 'api refresh_token' });

    await expect(client.refreshToken(first))
      .rejects.toMatchObject({ name: 'invalid_grant', message: 'expired access/refresh token' });
    await expect(client.refreshToken(refreshed.refresh_token ?? '')).resolves.toHaveProperty('access_token');
    expect(org.usage.served).toBe(0);
  });

  it('binds a refresh token to its client without letting another client use it up', async () => {
    const org = getOrg();
    const token = org.auth.issueRefreshToken(CLIENT, org.userId);
    await expect(oauth2(org, 'another-app').refreshToken(token)).rejects.toMatchObject({ name: 'invalid_grant' });
    await expect(oauth2(org).refreshToken(token)).resolves.toHaveProperty('access_token');
  });

  it('revokes an access token', async () => {
    const org = getOrg();
    const accessToken = org.auth.issueAccessToken(org.userId);
    await oauth2(org).revokeToken(accessToken);
    expect((await userinfo(org, accessToken)).status).toBe(403);
  });

  it('revokes a refresh token together with its user’s sessions', async () => {
    const org = getOrg();
    const accessToken = org.auth.issueAccessToken(org.userId);
    const refreshToken = org.auth.issueRefreshToken(CLIENT, org.userId);
    await oauth2(org).revokeToken(refreshToken);
    await expect(oauth2(org).refreshToken(refreshToken)).rejects.toMatchObject({ name: 'invalid_grant' });
    expect(org.auth.userForAccessToken(accessToken)).toBeUndefined();
  });

  it('refuses to revoke a token it does not know, in the form jsforce reads', async () => {
    const org = getOrg();
    await expect(oauth2(org).revokeToken('5Aep861unknown')).rejects.toMatchObject({ name: 'invalid_token' });
  });

  it('describes the token’s user at userinfo and refuses unknown or expired sessions', async () => {
    const org = getOrg();
    const accessToken = org.auth.issueAccessToken(org.userId);
    const response = await userinfo(org, accessToken);
    expect(await response.json()).toMatchObject({
      sub: `${org.instanceUrl}/id/${org.orgId}/${org.userId}`, user_id: org.userId, organization_id: org.orgId,
      preferred_username: 'avery@demo.example', name: 'Avery Admin', email: 'avery@demo.example',
      given_name: 'Avery', family_name: 'Admin', active: true,
    });

    expect((await userinfo(org, 'not-a-token')).status).toBe(403);
    org.faults.expiredSession = true;
    const expired = await userinfo(org, accessToken);
    expect([expired.status, await expired.text()]).toEqual([403, 'Bad_OAuth_Token']);
  });

  it('serves the identity URL that jsforce’s identity() reads', async () => {
    const org = getOrg();
    const tokens = await oauth2(org).refreshToken(org.auth.issueRefreshToken(CLIENT, org.userId));
    const conn = new Connection({ instanceUrl: tokens.instance_url, accessToken: tokens.access_token, version: '62.0' });
    conn.userInfo = { id: org.userId, organizationId: org.orgId, url: tokens.id };

    const identity = await conn.identity();

    expect(identity).toMatchObject({
      id: tokens.id, user_id: org.userId, organization_id: org.orgId, username: 'avery@demo.example',
      display_name: 'Avery Admin', urls: { rest: `${org.instanceUrl}/services/data/v{version}/` },
    });
    expect(org.usage.served).toBe(0);
  });
});
