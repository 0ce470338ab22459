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

export interface RefreshCoordination {
  /** Called after every refresh with the new access token and the (rotated) refresh token, to persist them. */
  readonly onTokensRefreshed?: (tokens: SalesforceTokens) => void;
  /**
   * Runs one refresh at a time across every tab of the plugin. Rotation spends a refresh token on use, so two
   * tabs refreshing with the same one at once would sign one of them out.
   */
  readonly refreshLock?: <T>(work: () => Promise<T>) => Promise<T>;
  /** The refresh token as last saved, which another tab may have rotated since this one read it. */
  readonly latestRefreshToken?: () => string | undefined;
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
  { onTokensRefreshed, refreshLock = (work) => work(), latestRefreshToken }: RefreshCoordination = {},
): (conn: Connection<Schema>, callback: Callback<string, TokenResponse>) => void {
  let freshTokenUnproven = false;
  tapResponses(conn, (_request, response) => {
    if (!isSessionRejected(response)) freshTokenUnproven = false;
  });

  return (target, callback) => {
    if (freshTokenUnproven) {
      callback(new SessionRefreshError('Salesforce rejected the refreshed session.'));
      return;
    }
    const refresh = async () => {
      const refreshToken = latestRefreshToken?.() ?? target.refreshToken ?? undefined;
      if (!refreshToken) throw new SessionRefreshError('No refresh token: the user must sign in again.');
      const raw: TokenResponse = await target.oauth2.refreshToken(refreshToken);
      const parsed = tokenResponseSchema.safeParse(raw);
      if (!parsed.success) throw new SessionRefreshError('Unexpected answer from the token endpoint.');
      const tokens = parsed.data;
      target.accessToken = tokens.access_token;
      target.refreshToken = tokens.refresh_token ?? refreshToken;
      if (tokens.instance_url) target.instanceUrl = tokens.instance_url;
      freshTokenUnproven = true;
      // Saved before the lock is released, so the next tab to refresh reads the rotated token. A failing persister
      // must not turn a good refresh into a sign-out: its exception surfaces on its own, as an uncaught error.
      try {
        onTokensRefreshed?.({ accessToken: tokens.access_token, refreshToken: target.refreshToken, instanceUrl: target.instanceUrl });
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
      return { accessToken: tokens.access_token, raw };
    };
    refreshLock(refresh).then(
      ({ accessToken, raw }) => {
        callback(null, accessToken, raw);
      },
      (error: unknown) => {
        if (error instanceof SessionRefreshError) callback(error);
        else callback(new SessionRefreshError(error instanceof Error ? error.message : 'Session refresh failed.', { cause: error }));
      },
    );
  };
}
