import {
  createSalesforceClient,
  createSalesforceConnection,
  type DescribeStorage,
  type SalesforceClient,
  type SessionTokens,
} from '../../salesforce';
import type { AuthSettings } from './auth-settings';
import type { TokenStore } from './token-store';

/** A signed-in teammate's connection to one org. */
export interface AuthSession {
  readonly client: SalesforceClient;
  /** orgId:userId — keys every cache, so two orgs or two users never share one. */
  readonly orgKey: string;
  readonly orgId: string;
  readonly userId: string;
  readonly instanceUrl: string;
  /** Where this session signed in (My Domain or the sandbox host): refreshes and sign-out go there too. */
  readonly loginUrl: string;
}

export function orgKeyOf(tokens: Pick<SessionTokens, 'orgId' | 'userId'>): string {
  return `${tokens.orgId}:${tokens.userId}`;
}

/** Keeps the refresh token for the next page load; without one (no refresh_token scope) there is nothing to keep. */
export function saveLogin(store: TokenStore, loginUrl: string, tokens: SessionTokens): void {
  if (!tokens.refreshToken) return;
  store.save({
    loginUrl,
    refreshToken: tokens.refreshToken,
    instanceUrl: tokens.instanceUrl,
    orgId: tokens.orgId,
    userId: tokens.userId,
    savedAt: Date.now(),
  });
}

export interface SessionDeps {
  readonly settings: AuthSettings;
  readonly store: TokenStore;
  readonly describeStorage: DescribeStorage;
  /** One refresh at a time across the plugin's tabs (see RefreshCoordination). */
  readonly refreshLock?: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * A connection that refreshes itself on 401 and saves every rotated refresh token (jsforce alone would keep the
 * old, now revoked, one), wrapped in the client the features use.
 */
export function openSession({ settings, store, describeStorage, refreshLock }: SessionDeps, loginUrl: string, tokens: SessionTokens): AuthSession {
  const orgKey = orgKeyOf(tokens);
  const connection = createSalesforceConnection({
    instanceUrl: tokens.instanceUrl,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    version: settings.apiVersion,
    clientId: settings.clientId,
    loginUrl,
    redirectUri: settings.redirectUri,
    proxyUrl: settings.proxyUrl,
    onTokensRefreshed: (fresh) => saveLogin(store, loginUrl, { ...tokens, ...fresh }),
    refreshLock,
    latestRefreshToken: () => {
      const saved = store.read(loginUrl);
      return saved && orgKeyOf(saved) === orgKey ? saved.refreshToken : undefined;
    },
  });
  saveLogin(store, loginUrl, tokens);
  return {
    client: createSalesforceClient(connection, { describeStorage }),
    orgKey,
    orgId: tokens.orgId,
    userId: tokens.userId,
    instanceUrl: tokens.instanceUrl,
    loginUrl,
  };
}
