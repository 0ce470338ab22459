import type { FakeOrg } from '../org';
import { toBase64 } from './base64';

/** The token endpoint's success body, in the order and shape Salesforce sends it. */
export interface TokenResponse {
  access_token: string;
  refresh_token: string;
  signature: string;
  scope: string;
  instance_url: string;
  id: string;
  token_type: 'Bearer';
  issued_at: string;
}

export const GRANTED_SCOPE = 'api refresh_token';

/** The identity URL of a user: what `id` in a token response points to. */
export function identityUrl(loginUrl: string, orgId: string, userId: string): string {
  return `${loginUrl}/id/${orgId}/${userId}`;
}

// Salesforce signs id + issued_at with the client secret. The fake org knows no secrets, so it keys
// the HMAC with the client id: the value has the real shape and still differs per client.
async function sign(key: string, message: string): Promise<string> {
  const subtle = globalThis.crypto.subtle;
  const encoder = new TextEncoder();
  const hmacKey = await subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await subtle.sign('HMAC', hmacKey, encoder.encode(message));
  return toBase64(new Uint8Array(mac));
}

/** Issues a fresh access token and a fresh (rotated) refresh token for a user of a client. */
export async function issueTokens(
  org: FakeOrg,
  grant: { loginUrl: string; clientId: string; userId: string },
): Promise<TokenResponse> {
  const id = identityUrl(grant.loginUrl, org.orgId, grant.userId);
  const issuedAt = String(org.now().getTime());
  return {
    access_token: org.auth.issueAccessToken(grant.userId),
    refresh_token: org.auth.issueRefreshToken(grant.clientId, grant.userId),
    signature: await sign(grant.clientId, id + issuedAt),
    scope: GRANTED_SCOPE,
    instance_url: org.instanceUrl,
    id,
    token_type: 'Bearer',
    issued_at: issuedAt,
  };
}
