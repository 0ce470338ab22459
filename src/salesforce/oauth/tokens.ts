import { OAuth2 } from 'jsforce/core';
import { z } from 'zod';
import { toSalesforceError } from '../error-mapping';
import { redactSecrets } from '../redact';

/** One External Client App at one login host: everything the token endpoint needs besides the grant. */
export interface OAuthClientSettings {
  readonly loginUrl: string;
  readonly clientId: string;
  readonly redirectUri: string;
  /** Same-origin proxy (jsforce protocol): token and revoke calls go through it too. */
  readonly proxyUrl?: string;
}

export interface SessionTokens {
  readonly accessToken: string;
  /** Absent when the app was not granted the refresh_token scope: the session then ends with the page. */
  readonly refreshToken: string | undefined;
  readonly instanceUrl: string;
  readonly orgId: string;
  readonly userId: string;
}

/** The token endpoint refused (invalid_grant, invalid_client_id…): Salesforce's code and description. */
export class OAuthTokenError extends Error {
  override readonly name = 'OAuthTokenError';

  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(`${error}: ${description}`);
  }

  /** The grant is dead (revoked, expired, rotated away): only a new sign-in helps. */
  get grantRejected(): boolean {
    return this.error === 'invalid_grant';
  }
}

// `id` is the identity URL, https://login.salesforce.com/id/<orgId>/<userId>: who the tokens belong to.
const identityUrlSchema = z.url().transform((value, ctx) => {
  const match = /\/id\/(00D\w{12,15})\/(005\w{12,15})$/.exec(new URL(value).pathname);
  if (match?.[1] && match[2]) return { orgId: match[1], userId: match[2] };
  ctx.addIssue({ code: 'custom', message: 'not an identity URL' });
  return z.NEVER;
});

const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  instance_url: z.url({ protocol: /^https?$/ }),
  id: identityUrlSchema,
});

function toSessionTokens(raw: unknown, previousRefreshToken?: string): SessionTokens {
  const parsed = tokenResponseSchema.safeParse(raw);
  if (!parsed.success) throw new OAuthTokenError('invalid_response', 'Unexpected answer from the Salesforce token endpoint.');
  const { access_token, refresh_token, instance_url, id } = parsed.data;
  return {
    accessToken: access_token,
    refreshToken: refresh_token ?? previousRefreshToken,
    instanceUrl: instance_url.replace(/\/$/, ''),
    ...id,
  };
}

// jsforce throws the endpoint's { error, error_description } as an Error named after the error code, and lets
// network failures through as they are.
function tokenFailure(error: unknown): Error {
  if (error instanceof Error && /^[a-z_]+$/.test(error.name) && error.name !== 'error') {
    return new OAuthTokenError(error.name, redactSecrets(error.message));
  }
  return toSalesforceError(error);
}

function oauth2(settings: OAuthClientSettings): OAuth2 {
  return new OAuth2({
    loginUrl: settings.loginUrl,
    clientId: settings.clientId,
    redirectUri: settings.redirectUri,
    ...(settings.proxyUrl && { proxyUrl: settings.proxyUrl }),
  });
}

/** Trades the authorization code (and the PKCE verifier only this plugin knows) for tokens. */
export async function exchangeCode(settings: OAuthClientSettings, code: string, verifier: string): Promise<SessionTokens> {
  try {
    return toSessionTokens(await oauth2(settings).requestToken(code, { code_verifier: verifier }));
  } catch (error) {
    throw tokenFailure(error);
  }
}

/** A new access token (and, with rotation, a new refresh token: the old one stops working). */
export async function refreshSession(settings: OAuthClientSettings, refreshToken: string): Promise<SessionTokens> {
  try {
    return toSessionTokens(await oauth2(settings).refreshToken(refreshToken), refreshToken);
  } catch (error) {
    throw tokenFailure(error);
  }
}

/** Revokes a token; revoking the refresh token ends the access tokens issued with it as well. */
export async function revokeToken(settings: OAuthClientSettings, token: string): Promise<void> {
  try {
    await oauth2(settings).revokeToken(token);
  } catch (error) {
    throw tokenFailure(error);
  }
}
