import type { QueryClient } from '@tanstack/react-query';
import {
  authSettingsFor,
  authWindowFor,
  browserTokenStorage,
  createAuthController,
  createTokenStore,
  type AuthController,
  type AuthSettings,
  type OpenAuthWindow,
} from '../features/auth';
import { choiceStorageKey } from '../features/matching';
import type { HostAdapter } from '../host';
import { loadRuntimeConfig } from '../lib/runtime-config';
import { browserDescribeStorage, SANDBOX_LOGIN_URL } from '../salesforce';

export interface StartOptions {
  readonly host: HostAdapter;
  readonly queryClient: QueryClient;
}

/**
 * Reads the deployment's configuration, starts the demo org when there is no Salesforce to talk to (loaded
 * lazily, so a production bundle never downloads it), and restores the saved sign-in if there is one.
 */
export async function startAuth({ host, queryClient }: StartOptions): Promise<AuthController> {
  const config = await loadRuntimeConfig((url) => fetch(url, { cache: 'no-store' }));
  const { origin, search } = window.location;
  const { settings, openWindow }: { settings: AuthSettings; openWindow: OpenAuthWindow } = config.salesforce && config.transport !== 'demo'
    ? { settings: authSettingsFor({ ...config, salesforce: config.salesforce }, origin), openWindow: authWindowFor(host) }
    : await import('./demo/start-demo').then(({ startDemo }) => startDemo(search, origin));

  const controller = createAuthController({
    settings,
    openWindow,
    store: createTokenStore(browserTokenStorage(), settings.clientId, [settings.loginUrl, SANDBOX_LOGIN_URL]),
    describeStorage: browserDescribeStorage(),
    window,
    origin,
    locks: navigator.locks,
    onSignedOut: ({ orgKey }) => forgetOrgCaches(queryClient, orgKey),
  });
  void controller.restore();
  return controller;
}

/** After sign-out nothing of that org stays behind: its queries and the people chosen for shared handles. */
function forgetOrgCaches(queryClient: QueryClient, orgKey: string): void {
  queryClient.removeQueries({ queryKey: ['salesforce', orgKey] });
  try {
    const prefix = choiceStorageKey(orgKey, '');
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) if (key?.startsWith(prefix)) localStorage.removeItem(key);
  } catch {
    // Without localStorage the choices only lived in memory, and go with the page.
  }
}
