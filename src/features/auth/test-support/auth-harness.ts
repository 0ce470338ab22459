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
 * Web Locks for tabs played in one process: each name has one holder at a time, the others wait their turn.
 * Only `request(name, callback)` is used by the controller.
 */
export function serialLocks(): LockManager {
  const queues = new Map<string, Promise<unknown>>();
  const request = (name: string, callback: () => Promise<unknown>) => {
    const run = (queues.get(name) ?? Promise.resolve()).then(callback);
    queues.set(name, run.catch(() => undefined));
    return run;
  };
  return { request } as unknown as LockManager;
}

/**
 * The real auth controller against the fake org, with the popup played by the test. Pass the `storage` of an
 * earlier harness to model a reload (a new page, the same localStorage), and the same `locks` to model two tabs.
 */
export function authHarness(
  harness: FakeOrgHarness,
  options: { answer?: PopupAnswer; storage?: ReturnType<typeof memoryDescribeStorage>; window?: EventTarget; locks?: LockManager } = {},
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
    locks: options.locks,
    onSignedOut,
  });
  return { controller, popup, window, storage, store, onSignedOut };
}
