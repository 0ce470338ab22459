import { Connection } from 'jsforce/core';
import { installSessionRefresh, type RefreshCoordination, type SalesforceTokens } from './session-refresh';

export type { SalesforceTokens } from './session-refresh';
export type SalesforceConnection = Connection;

/** Pinned so a Salesforce release never changes response shapes under the app (jsforce defaults to 50.0). */
export const DEFAULT_API_VERSION = '62.0';

export interface SalesforceConnectionOptions extends RefreshCoordination {
  instanceUrl: string;
  accessToken: string;
  version?: string;
  /** With `clientId`, lets the connection refresh an expired session by itself. */
  refreshToken?: string;
  clientId?: string;
  /** OAuth host: My Domain, or https://test.salesforce.com for sandboxes. */
  loginUrl?: string;
  redirectUri?: string;
  /** Same-origin proxy speaking jsforce's protocol (the real URL goes in `salesforceproxy-endpoint`). */
  proxyUrl?: string;
}

/**
 * A jsforce connection for one signed-in org. OAuth settings sit on `conn.oauth2` so the sign-in flow can
 * call `conn.authorize(code, { code_verifier })` on the same object later.
 */
export function createSalesforceConnection(options: SalesforceConnectionOptions): SalesforceConnection {
  const loginUrl = options.loginUrl?.replace(/\/$/, '');
  let refreshFn: ReturnType<typeof installSessionRefresh> | undefined;
  const conn = new Connection({
    instanceUrl: options.instanceUrl.replace(/\/$/, ''),
    accessToken: options.accessToken,
    version: options.version ?? DEFAULT_API_VERSION,
    ...(loginUrl && { loginUrl }),
    ...(options.proxyUrl && { proxyUrl: options.proxyUrl }),
    oauth2: {
      ...(loginUrl && { loginUrl }),
      ...(options.clientId && { clientId: options.clientId }),
      ...(options.redirectUri && { redirectUri: options.redirectUri }),
      ...(options.proxyUrl && { proxyUrl: options.proxyUrl }),
    },
    // jsforce builds its refresh delegate in the constructor, before `conn` exists to wire the guard to.
    ...(options.clientId && { refreshFn: (target, callback) => refreshFn?.(target, callback) }),
  });
  if (options.clientId) refreshFn = installSessionRefresh(conn, options);
  if (options.refreshToken) conn.refreshToken = options.refreshToken;
  return conn;
}

/**
 * Puts a new sign-in's tokens on an existing connection, so everything holding its client (a screen with unsaved
 * edits, a pending retry) carries on with the new session instead of being rebuilt.
 */
export function applyTokens(conn: SalesforceConnection, tokens: SalesforceTokens): void {
  conn.accessToken = tokens.accessToken;
  if (tokens.refreshToken) conn.refreshToken = tokens.refreshToken;
  conn.instanceUrl = tokens.instanceUrl.replace(/\/$/, '');
}
