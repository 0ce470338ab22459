import { delay, http, type HttpHandler } from 'msw';
import {
  authenticationFailure,
  expiredAuthorizationCode,
  expiredRefreshToken,
  invalidClientId,
  invalidCodeVerifier,
  OAuthError,
  redirectUriMismatch,
  unsupportedGrantType,
} from '../auth/oauth-error';
import { verifyPkce } from '../auth/pkce';
import { issueTokens, type TokenResponse } from '../auth/token-response';
import type { FakeOrg } from '../org';
import { formParams, oauthErrorJson, oauthJson } from './oauth-responses';

// POST /services/oauth2/token. Any client id is accepted, but codes and refresh tokens are bound to
// the client they were issued to. Refresh tokens rotate: each use returns a new one and ends the old.

async function exchangeCode(org: FakeOrg, origin: string, form: URLSearchParams): Promise<TokenResponse> {
  const clientId = form.get('client_id');
  if (!clientId) throw invalidClientId();
  const code = form.get('code');
  const grant = code ? org.auth.consumeCode(code) : undefined;
  if (!grant) throw authenticationFailure();
  if (grant.expiresAt < org.now().getTime()) throw expiredAuthorizationCode();
  if (grant.clientId !== clientId) throw invalidClientId();
  if (form.get('redirect_uri') !== grant.redirectUri) throw redirectUriMismatch();
  if (!grant.codeChallenge || !(await verifyPkce(form.get('code_verifier'), grant.codeChallenge))) throw invalidCodeVerifier();
  return issueTokens(org, { loginUrl: origin, clientId, userId: grant.userId });
}

async function refresh(org: FakeOrg, origin: string, form: URLSearchParams): Promise<TokenResponse> {
  const clientId = form.get('client_id');
  if (!clientId) throw invalidClientId();
  const token = form.get('refresh_token') ?? '';
  const owner = org.auth.refreshTokenOwner(token);
  // With the expired-session fault on, the whole session is over: refreshing fails too, so clients
  // must sign in again (a refresh that "worked" while every token is rejected would loop forever).
  if (!owner || owner.clientId !== clientId || org.faults.expiredSession) throw expiredRefreshToken();
  org.auth.consumeRefreshToken(token);
  return issueTokens(org, { loginUrl: origin, clientId, userId: owner.userId });
}

export function tokenHandler(org: FakeOrg, origin: string): HttpHandler {
  return http.post(`${origin}/services/oauth2/token`, async ({ request }) => {
    await delay(org.faults.latencyMs);
    const form = await formParams(request);
    try {
      const grantType = form.get('grant_type');
      if (grantType === 'authorization_code') return oauthJson(await exchangeCode(org, origin, form));
      if (grantType === 'refresh_token') return oauthJson(await refresh(org, origin, form));
      throw unsupportedGrantType();
    } catch (error) {
      if (error instanceof OAuthError) return oauthErrorJson(error);
      throw error;
    }
  });
}
