import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { ERROR_COPY, SANDBOX_LOGIN_URL } from '../../salesforce';
import type { AuthController, AuthState } from './auth-controller';
import { authHarness, serialLocks, TEST_CLIENT, type AuthHarness } from './test-support/auth-harness';
import { messageEvent } from './test-support/fake-popup';

const fakeOrg = withFakeOrg();
const controllers: AuthController[] = [];
afterEach(() => controllers.splice(0).forEach((controller) => controller.dispose()));

function harnessFor(...args: Parameters<typeof authHarness>): AuthHarness {
  const auth = authHarness(...args);
  controllers.push(auth.controller);
  return auth;
}

function signedIn(state: AuthState) {
  if (state.phase !== 'signed-in') throw new Error(`expected to be signed in, got ${state.phase}`);
  return state.session;
}

describe('signing in', () => {
  it('runs the web-server flow with PKCE in the popup and keeps only the refresh token', async () => {
    const org = fakeOrg();
    const { controller, popup, store } = harnessFor(org);

    await controller.signIn();

    const session = signedIn(controller.getState());
    expect(session).toMatchObject({ orgKey: `${org.org.orgId}:${org.org.userId}`, instanceUrl: org.instanceUrl, loginUrl: org.instanceUrl });
    const authorize = new URL(popup.shown[0] ?? '');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const saved = store.read(org.instanceUrl);
    expect(org.org.auth.refreshTokenOwner(saved?.refreshToken ?? '')).toEqual({ clientId: TEST_CLIENT, userId: org.org.userId });
    expect(JSON.stringify(saved)).not.toContain(session.client.connection.accessToken);
    expect(popup.callbackWindow.received).toEqual([{ type: 'salesforce-oauth-callback-received', state: authorize.searchParams.get('state') }]);
    await expect(session.client.retrieve('User', org.org.userId, { fields: ['Id'] })).resolves.toMatchObject({ Id: org.org.userId });
  });

  it('signs in to a sandbox at test.salesforce.com, kept apart from My Domain', async () => {
    const org = fakeOrg();
    const { controller, popup, store } = harnessFor(org);

    await controller.signIn({ sandbox: true });

    expect(new URL(popup.shown[0] ?? '').origin).toBe(SANDBOX_LOGIN_URL);
    expect(signedIn(controller.getState()).loginUrl).toBe(SANDBOX_LOGIN_URL);
    expect(store.read(SANDBOX_LOGIN_URL)).toBeDefined();
    expect(store.read(org.instanceUrl)).toBeUndefined();
  });

  it('stays signed out with what to do when the user denies access', async () => {
    const { controller, store } = harnessFor(fakeOrg(), { answer: 'deny' });

    await controller.signIn();

    expect(controller.getState()).toEqual({
      phase: 'signed-out',
      signingIn: false,
      problem: { message: 'Salesforce access was not allowed.', action: 'Sign in again and choose Allow' },
    });
    expect(store.latest()).toBeUndefined();
  });

  it('says nothing when the user closes the popup or cancels', async () => {
    const { controller, popup } = harnessFor(fakeOrg(), { answer: 'close' });
    await controller.restore();
    await controller.signIn();
    expect(controller.getState()).toEqual({ phase: 'signed-out', signingIn: false });

    popup.answer = 'wait';
    const pending = controller.signIn();
    expect(controller.getState()).toEqual({ phase: 'signed-out', signingIn: true });
    controller.cancelSignIn();
    await pending;
    expect(controller.getState()).toEqual({ phase: 'signed-out', signingIn: false });
  });

  it('ignores a callback from another origin or for another attempt', async () => {
    const org = fakeOrg();
    const { controller, popup, window } = harnessFor(org, { answer: 'wait' });
    await controller.restore();
    const pending = controller.signIn();
    await vi.waitFor(() => expect(popup.shown).toHaveLength(1));
    const state = new URL(popup.shown[0] ?? '').searchParams.get('state');

    const forged = { type: 'salesforce-oauth-callback', state, code: 'aPrxForged' };
    window.dispatchEvent(messageEvent(forged, { origin: 'https://evil.example' }));
    window.dispatchEvent(messageEvent({ ...forged, state: 'A'.repeat(43) }));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(controller.getState()).toMatchObject({ phase: 'signed-out', signingIn: true });
    controller.cancelSignIn();
    await pending;
  });
});

describe('staying signed in', () => {
  it('restores the session after a reload from the saved refresh token, without a popup', async () => {
    const org = fakeOrg();
    const first = harnessFor(org);
    await first.controller.signIn();

    const reloaded = harnessFor(org, { storage: first.storage });
    await reloaded.controller.restore();

    expect(signedIn(reloaded.controller.getState()).orgKey).toBe(signedIn(first.controller.getState()).orgKey);
    expect(reloaded.popup.shown).toEqual([]);
  });

  it('keeps the rotated refresh token after a 401, so the next reload still works', async () => {
    const org = fakeOrg();
    const { controller, store, storage } = harnessFor(org);
    await controller.signIn();
    const before = store.read(org.instanceUrl)?.refreshToken ?? '';

    org.org.auth.expireAccessTokens();
    await signedIn(controller.getState()).client.limits();

    const after = store.read(org.instanceUrl)?.refreshToken ?? '';
    expect(after).not.toBe(before);
    expect(org.org.auth.refreshTokenOwner(before)).toBeUndefined();
    const reloaded = harnessFor(org, { storage });
    await reloaded.controller.restore();
    expect(reloaded.controller.getState().phase).toBe('signed-in');
  });

  it('asks to sign in again when the saved login was revoked, and forgets it', async () => {
    const org = fakeOrg();
    const first = harnessFor(org);
    await first.controller.signIn();
    org.org.auth.revoke(first.store.read(org.instanceUrl)?.refreshToken ?? '');

    const reloaded = harnessFor(org, { storage: first.storage });
    await reloaded.controller.restore();

    expect(reloaded.controller.getState()).toEqual({
      phase: 'signed-out',
      signingIn: false,
      problem: { message: ERROR_COPY.INVALID_SESSION_ID.userMessage, action: ERROR_COPY.INVALID_SESSION_ID.action },
    });
    expect(reloaded.store.latest()).toBeUndefined();
  });

  it('keeps the saved login when Salesforce cannot be reached, to try again', async () => {
    const org = fakeOrg();
    const first = harnessFor(org);
    await first.controller.signIn();
    org.server.use(http.post(`${org.instanceUrl}/services/oauth2/token`, () => HttpResponse.error()));

    const reloaded = harnessFor(org, { storage: first.storage });
    await reloaded.controller.restore();

    expect(reloaded.controller.getState()).toMatchObject({ phase: 'unavailable', problem: { message: ERROR_COPY.NETWORK.userMessage } });
    expect(reloaded.store.latest()).toBeDefined();
  });

  it('follows another tab’s rotation, so its own refresh does not spend a dead token', async () => {
    const org = fakeOrg();
    const { controller, store, window } = harnessFor(org);
    await controller.signIn();
    const saved = store.read(org.instanceUrl);
    const rotated = org.org.auth.issueRefreshToken(TEST_CLIENT, org.org.userId);
    store.save({ ...saved!, refreshToken: rotated });

    window.dispatchEvent(Object.assign(new Event('storage'), { key: store.keyFor(org.instanceUrl) }));

    expect(signedIn(controller.getState()).client.connection.refreshToken).toBe(rotated);
  });

  it('lets two tabs whose sessions expire together both refresh: one after the other, the second with the rotated token', async () => {
    const org = fakeOrg();
    const locks = serialLocks();
    const first = harnessFor(org, { locks });
    await first.controller.signIn();
    // The second tab's start-up refresh spends the token the first holds; the storage event hasn't reached it.
    const second = harnessFor(org, { storage: first.storage, locks });
    await second.controller.restore();
    org.org.auth.expireAccessTokens();

    const results = await Promise.allSettled([first, second].map(({ controller }) => signedIn(controller.getState()).client.limits()));

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(org.org.auth.refreshTokenOwner(first.store.read(org.instanceUrl)?.refreshToken ?? '')).toBeDefined();
  });

  it('signs out when another tab signed out', async () => {
    const org = fakeOrg();
    const { controller, store, window, onSignedOut } = harnessFor(org);
    await controller.signIn();

    store.forget(org.instanceUrl);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: store.keyFor(org.instanceUrl) }));

    expect(controller.getState()).toEqual({ phase: 'signed-out', signingIn: false });
    expect(onSignedOut).toHaveBeenCalledOnce();
  });
});

describe('signing in again while signed in', () => {
  it('puts the new tokens on the same client, so open screens and pending saves carry on', async () => {
    const org = fakeOrg();
    const { controller } = harnessFor(org);
    await controller.signIn();
    const session = signedIn(controller.getState());
    org.org.faults.expiredSession = true;
    await expect(session.client.limits()).rejects.toMatchObject({ code: 'INVALID_SESSION_ID' });
    org.org.faults.expiredSession = false;

    await controller.reauthenticate();

    expect(signedIn(controller.getState())).toBe(session);
    await expect(session.client.limits()).resolves.toHaveProperty('DailyApiRequests');
  });

  it('rejects when the user gives up, leaving the session as it was', async () => {
    const { controller, popup } = harnessFor(fakeOrg());
    await controller.signIn();
    const session = signedIn(controller.getState());
    popup.answer = 'deny';

    await expect(controller.reauthenticate()).rejects.toMatchObject({ failure: 'denied' });
    expect(signedIn(controller.getState())).toBe(session);
  });
});

describe('signing out', () => {
  it('revokes the token, forgets it and every describe of the org, and lets the app clear the rest', async () => {
    const org = fakeOrg();
    const { controller, store, storage, onSignedOut } = harnessFor(org);
    await controller.signIn();
    const session = signedIn(controller.getState());
    await session.client.describe('Contact');
    const refreshToken = store.read(org.instanceUrl)?.refreshToken ?? '';
    const accessToken = session.client.connection.accessToken ?? '';

    await controller.signOut();

    expect(controller.getState()).toEqual({ phase: 'signed-out', signingIn: false });
    expect(org.org.auth.refreshTokenOwner(refreshToken)).toBeUndefined();
    expect(org.org.auth.userForAccessToken(accessToken)).toBeUndefined();
    expect(store.latest()).toBeUndefined();
    expect(storage.size).toBe(0);
    expect(onSignedOut).toHaveBeenCalledWith({ orgKey: session.orgKey, instanceUrl: org.instanceUrl });
  });
});
