import { createHash, randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INSTANCE_URL } from '../org';
import { OAuth2 } from '../soap/test-support/jsforce-client';
import { serveMinimalOrg } from '../soap/test-support/msw-org';
import { LOGIN_HOSTS } from './oauth-hosts';

const START = Date.parse('2026-02-10T12:00:00Z');
let clock = START;
const getOrg = serveMinimalOrg(() => new Date(clock));
beforeEach(() => {
  clock = START;
});
const CLIENT = 'front-sidebar-client';
const REDIRECT = 'https://sidebar.example/oauth/callback';

// Computed with Node's crypto, independently of the org's WebCrypto implementation.
function pkcePair() {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeParams(challenge: string, overrides: Record<string, string | null> = {}): URLSearchParams {
  const params: Record<string, string | null> = {
    response_type: 'code', client_id: CLIENT, redirect_uri: REDIRECT, code_challenge: challenge,
    code_challenge_method: 'S256', state: 'st-42', ...overrides,
  };
  return new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== null));
}

/** Submits the consent form the way the page does and returns where the org redirects. */
async function consent(origin: string, params: URLSearchParams, approve: '1' | '0' = '1'): Promise<URL> {
  const response = await fetch(`${origin}/services/oauth2/authorize`, {
    method: 'POST', redirect: 'manual', body: new URLSearchParams([...params, ['approve', approve]]),
  });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('Location') ?? '');
}

function oauth2(origin: string, clientId = CLIENT, redirectUri = REDIRECT): OAuth2 {
  return new OAuth2({ loginUrl: origin, clientId, redirectUri });
}

describe('OAuth web-server flow with PKCE', () => {
  it('shows a self-contained consent page that posts back to the authorize endpoint', async () => {
    const org = getOrg();
    const { challenge } = pkcePair();
    const response = await fetch(`${org.instanceUrl}/services/oauth2/authorize?${authorizeParams(challenge).toString()}`);
    const html = await response.text();

    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(html).toContain('Sign in to Demo Org as Avery Admin');
    expect(html).toContain(`<form method="post" action="${org.instanceUrl}/services/oauth2/authorize">`);
    expect(html).toContain(`<input type="hidden" name="code_challenge" value="${challenge}">`);
    expect(html).toMatch(/<button type="submit" name="approve" value="1">Allow<\/button>/);
    expect(html).toMatch(/<button type="submit" name="approve" value="0">Deny<\/button>/);
    expect(html).not.toMatch(/<script|\bsrc=|<link/);
  });

  it.each([DEFAULT_INSTANCE_URL, ...LOGIN_HOSTS])('issues tokens jsforce accepts at %s', async (origin) => {
    const org = getOrg();
    const { verifier, challenge } = pkcePair();
    const redirect = await consent(origin, authorizeParams(challenge));
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT);
    expect(redirect.searchParams.get('state')).toBe('st-42');

    const tokens = await oauth2(origin).requestToken(redirect.searchParams.get('code') ?? '', { code_verifier: verifier });

    expect(tokens).toMatchObject({
      instance_url: org.instanceUrl, id: `${origin}/id/${org.orgId}/${org.userId}`, token_type: 'Bearer',
      scope: 'api refresh_token', issued_at: String(clock),
    });
    expect(tokens.signature).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(org.auth.userForAccessToken(tokens.access_token)).toBe(org.userId);
    expect(org.auth.refreshTokenOwner(tokens.refresh_token ?? '')).toEqual({ clientId: CLIENT, userId: org.userId });
    expect(org.usage.served).toBe(0);
  });

  it('redirects access_denied with the state when the user denies', async () => {
    const org = getOrg();
    const redirect = await consent(org.instanceUrl, authorizeParams(pkcePair().challenge), '0');
    expect(redirect.search).toBe('?error=access_denied&error_description=end-user+denied+authorization&state=st-42');
  });

  it.each([
    ['no code challenge', { code_challenge: null }, 'invalid_request'],
    ['the plain challenge method', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['the implicit flow', { response_type: 'token' }, 'unsupported_response_type'],
  ])('redirects an error for %s', async (_case, overrides, error) => {
    const org = getOrg();
    const query = authorizeParams(pkcePair().challenge, overrides).toString();
    const response = await fetch(`${org.instanceUrl}/services/oauth2/authorize?${query}`, { redirect: 'manual' });
    const location = new URL(response.headers.get('Location') ?? '');
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('state')).toBe('st-42');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it.each([
    ['client id', { client_id: null }, 'error=invalid_client_id'],
    ['redirect URI', { redirect_uri: 'not a url' }, 'error=redirect_uri_mismatch'],
  ])('shows an error page instead of redirecting for a bad %s', async (_case, overrides, text) => {
    const org = getOrg();
    const query = authorizeParams(pkcePair().challenge, overrides).toString();
    const response = await fetch(`${org.instanceUrl}/services/oauth2/authorize?${query}`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(text);
  });

  it('rejects a verifier that does not match, and the code after any attempt', async () => {
    const org = getOrg();
    const { verifier, challenge } = pkcePair();
    const code = (await consent(org.instanceUrl, authorizeParams(challenge))).searchParams.get('code') ?? '';
    const client = oauth2(org.instanceUrl);

    await expect(client.requestToken(code, { code_verifier: pkcePair().verifier }))
      .rejects.toMatchObject({ name: 'invalid_grant', message: 'invalid code verifier' });
    await expect(client.requestToken(code, { code_verifier: verifier }))
      .rejects.toMatchObject({ name: 'invalid_grant', message: 'authentication failure' });
  });

  it.each([
    ['no verifier', {}, {}, 'invalid code verifier'],
    ['another client', {}, { clientId: 'someone-else' }, 'client identifier invalid'],
    ['another redirect URI', {}, { redirectUri: 'https://evil.example/cb' }, 'redirect_uri must match configuration'],
  ])('refuses to exchange a code with %s', async (_case, params, client, message) => {
    const org = getOrg();
    const code = (await consent(org.instanceUrl, authorizeParams(pkcePair().challenge))).searchParams.get('code') ?? '';
    const { clientId = CLIENT, redirectUri = REDIRECT } = client as { clientId?: string; redirectUri?: string };
    await expect(oauth2(org.instanceUrl, clientId, redirectUri).requestToken(code, params)).rejects.toMatchObject({ message });
  });

  it('refuses a code older than 15 minutes', async () => {
    const org = getOrg();
    const { verifier, challenge } = pkcePair();
    const code = (await consent(org.instanceUrl, authorizeParams(challenge))).searchParams.get('code') ?? '';
    clock += 15 * 60 * 1000 + 1000;
    await expect(oauth2(org.instanceUrl).requestToken(code, { code_verifier: verifier }))
      .rejects.toMatchObject({ name: 'invalid_grant', message: 'expired authorization code' });
  });

  it('refuses grant types it does not support', async () => {
    const org = getOrg();
    await expect(oauth2(org.instanceUrl).requestToken({ grant_type: 'password', username: 'a', password: 'b' }))
      .rejects.toMatchObject({ name: 'unsupported_grant_type', message: 'grant type not supported' });
  });
});
