import type { Callback, Connection, Schema, TokenResponse } from 'jsforce/core';
import { tokenResponseSchema } from './schemas/token';
import { tapResponses, type RawResponse } from './transport/response-tap';

export interface SalesforceTokens {
  accessToken: string;
  refreshToken: string | undefined;
  instanceUrl: string;
}

/**
 * Every way our refresh fails. jsforce wraps the error in "Unable to refresh session due to: …" only for the call
 * that started the refresh; calls that arrived meanwhile and waited on it get this error as is.
 */
export class SessionRefreshError extends Error {
  override readonly name = 'SessionRefreshError';
}

function isSessionRejected(response: RawResponse): boolean {
  // REST says 401; SOAP says 500 with an INVALID_SESSION_ID fault (the two cases jsforce refreshes on).
  return response.statusCode === 401 || (response.statusCode === 500 && response.body.includes('INVALID_SESSION_ID'));
}

/**
 * jsforce's session refresh function, replacing its built-in one for two reasons:
 * - Salesforce rotates refresh tokens, and jsforce's own refresh keeps the old (now revoked) one: the rotated
 *   token is stored on the connection and handed to `onTokensRefreshed` so it can be persisted.
 * - jsforce retries a request after every successful refresh, with no cap. If Salesforce keeps rejecting the
 *   fresh token, that loops forever; a second refresh before the last token was ever accepted fails instead.
 */
export function installSessionRefresh(
  conn: Connection,
  onTokensRefreshed: ((tokens: SalesforceTokens) => void) | undefined,
): (conn: Connection<Schema>, callback: Callback<string, TokenResponse>) => void {
  let freshTokenUnproven = false;
  tapResponses(conn, (_request, response) => {
    if (!isSessionRejected(response)) freshTokenUnproven = false;
  });

  return (target, callback) => {
    const refreshToken = target.refreshToken;
    if (!refreshToken) {
      callback(new SessionRefreshError('No refresh token: the user must sign in again.'));
      return;
    }
    if (freshTokenUnproven) {
      callback(new SessionRefreshError('Salesforce rejected the refreshed session.'));
      return;
    }
    target.oauth2.refreshToken(refreshToken).then(
      (raw) => {
        const parsed = tokenResponseSchema.safeParse(raw);
        if (!parsed.success) {
          callback(new SessionRefreshError('Unexpected answer from the token endpoint.'));
          return;
        }
        const tokens = parsed.data;
        target.accessToken = tokens.access_token;
        target.refreshToken = tokens.refresh_token ?? refreshToken;
        if (tokens.instance_url) target.instanceUrl = tokens.instance_url;
        freshTokenUnproven = true;
        callback(null, tokens.access_token, raw);
        // Last, and outside the refresh's error path: a failing persister must not turn a good refresh into a
        // sign-out (its exception still surfaces as an unhandled rejection).
        onTokensRefreshed?.({ accessToken: tokens.access_token, refreshToken: target.refreshToken, instanceUrl: target.instanceUrl });
      },
      (error: unknown) => {
        callback(new SessionRefreshError(error instanceof Error ? error.message : 'Session refresh failed.', { cause: error }));
      },
    );
  };
}
