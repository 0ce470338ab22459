import type { RuntimeConfig, SalesforceAppConfig, Transport } from '../../lib/runtime-config';
import type { OAuthClientSettings } from '../../salesforce';

/** How this deployment signs in and reaches Salesforce. */
export interface AuthSettings {
  readonly transport: Transport;
  readonly clientId: string;
  /** My Domain; "Shift-click" signs in at the sandbox login host instead. */
  readonly loginUrl: string;
  readonly redirectUri: string;
  readonly apiVersion: string;
  /** Same-origin proxy speaking jsforce's protocol (the `proxy` transport). */
  readonly proxyUrl?: string;
  /** The server's one-time handoff, for popups Front opens without an opener (absent in the demo). */
  readonly handoffUrl?: string;
}

export const CALLBACK_PATH = '/oauth/callback';
const PROXY_PATH = '/salesforce-proxy';
const HANDOFF_PATH = '/oauth/handoff';

/** The settings of a deployment configured for a real org (`proxy` or `direct`). */
export function authSettingsFor(config: RuntimeConfig & { salesforce: SalesforceAppConfig }, origin: string): AuthSettings {
  const { salesforce } = config;
  return {
    transport: config.transport,
    clientId: salesforce.clientId,
    loginUrl: salesforce.loginUrl,
    redirectUri: salesforce.callbackUrl ?? new URL(CALLBACK_PATH, origin).href,
    apiVersion: salesforce.apiVersion,
    ...(config.transport === 'proxy' && { proxyUrl: new URL(PROXY_PATH, origin).href }),
    handoffUrl: new URL(HANDOFF_PATH, origin).href,
  };
}

/** What the token endpoint needs for a sign-in at `loginUrl` (My Domain or the sandbox host). */
export function oauthClientAt(settings: AuthSettings, loginUrl: string): OAuthClientSettings {
  return {
    loginUrl,
    clientId: settings.clientId,
    redirectUri: settings.redirectUri,
    ...(settings.proxyUrl && { proxyUrl: settings.proxyUrl }),
  };
}
