import { vi } from 'vitest';
import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import { memoryDescribeStorage, SANDBOX_LOGIN_URL } from '../../../salesforce';
import { createAuthController, type AuthController } from '../auth-controller';
import type { AuthSettings } from '../auth-settings';
import { createTokenStore, type TokenStore } from '../token-store';
import { fakePopup, PLUGIN_ORIGIN, type FakePopup, type PopupAnswer } from './fake-popup';

export const TEST_CLIENT = 'sidebar-client';

export function testAuthSettings(harness: FakeOrgHarness): AuthSettings {
  return {
    transport: 'direct',
    clientId: TEST_CLIENT,
    loginUrl: harness.instanceUrl,
    redirectUri: `${PLUGIN_ORIGIN}/oauth/callback`,
    apiVersion: '62.0',
  };
}

export interface AuthHarness {
  readonly controller: AuthController;
  readonly popup: FakePopup;
  /** The plugin window: callback messages and storage events arrive here. */
  readonly window: EventTarget;
  /** The plugin's localStorage, shared by tokens and describes as in the browser. */
  readonly storage: ReturnType<typeof memoryDescribeStorage>;
  readonly store: TokenStore;
  readonly onSignedOut: ReturnType<typeof vi.fn>;
}

/**
 * The real auth controller against the fake org, with the popup played by the test. Pass the `storage` of an
 * earlier harness to model a reload (a new page, the same localStorage).
 */
export function authHarness(
  harness: FakeOrgHarness,
  options: { answer?: PopupAnswer; storage?: ReturnType<typeof memoryDescribeStorage>; window?: EventTarget } = {},
): AuthHarness {
  const window = options.window ?? new EventTarget();
  const storage = options.storage ?? memoryDescribeStorage();
  const settings = testAuthSettings(harness);
  const store = createTokenStore(storage, TEST_CLIENT, [settings.loginUrl, SANDBOX_LOGIN_URL]);
  const popup = fakePopup(window, options.answer);
  const onSignedOut = vi.fn();
  const controller = createAuthController({
    settings,
    openWindow: popup.open,
    store,
    describeStorage: storage,
    window,
    origin: PLUGIN_ORIGIN,
    onSignedOut,
  });
  return { controller, popup, window, storage, store, onSignedOut };
}
