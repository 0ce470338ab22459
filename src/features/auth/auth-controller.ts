import {
  applyTokens,
  forgetDescribes,
  OAuthTokenError,
  refreshSession,
  revokeToken,
  SANDBOX_LOGIN_URL,
  type DescribeStorage,
  type ListableStorage,
  type SessionTokens,
} from '../../salesforce';
import { openSession, orgKeyOf, saveLogin, type AuthSession } from './auth-session';
import { oauthClientAt, type AuthSettings } from './auth-settings';
import type { OpenAuthWindow } from './auth-window';
import { followOtherTabs } from './other-tabs';
import { authProblem, UNREACHABLE, type AuthProblem } from './sign-in-error';
import { runSignIn } from './sign-in-flow';
import type { TokenStore } from './token-store';

export type AuthState =
  | { readonly phase: 'restoring' }
  | { readonly phase: 'signed-out'; readonly signingIn: boolean; readonly problem?: AuthProblem }
  /** A saved login could not be checked (offline, Salesforce down): kept, and tried again. */
  | { readonly phase: 'unavailable'; readonly problem: AuthProblem }
  | { readonly phase: 'signed-in'; readonly session: AuthSession; readonly signingIn: boolean };

export interface AuthControllerOptions {
  readonly settings: AuthSettings;
  readonly openWindow: OpenAuthWindow;
  readonly store: TokenStore;
  readonly describeStorage: DescribeStorage & ListableStorage;
  /** This window: the callback page's messages and other tabs' `storage` events arrive here. */
  readonly window: EventTarget;
  readonly origin: string;
  readonly fetch?: typeof fetch;
  /** Serialises refreshes across tabs: with rotation, two tabs redeeming one refresh token would sign one out. */
  readonly locks?: LockManager;
  /** Clears what the app caches for an org (queries, remembered choices) once it is signed out. */
  readonly onSignedOut?: (org: { readonly orgKey: string; readonly instanceUrl: string }) => void;
}

/** Its functions may be passed around on their own (e.g. as the app's `signIn`): none depends on `this`. */
export interface AuthController {
  readonly settings: AuthSettings;
  readonly getState: () => AuthState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Signs in again silently with the saved refresh token, if there is one. */
  readonly restore: () => Promise<void>;
  /** From the sign-in screen (call it inside the click); the outcome, problems included, lands in the state. */
  readonly signIn: (options?: { sandbox?: boolean }) => Promise<void>;
  /** "Sign in again" while signed in: resolves once the new tokens are on the session, rejects if abandoned. */
  readonly reauthenticate: () => Promise<void>;
  readonly cancelSignIn: () => void;
  /** Revokes the token, forgets it and clears the org's caches. */
  readonly signOut: () => Promise<void>;
  readonly dispose: () => void;
}

export function createAuthController(options: AuthControllerOptions): AuthController {
  const { settings, store, describeStorage } = options;
  const deps = { settings, store, describeStorage, refreshLock: withRefreshLock };
  const listeners = new Set<() => void>();
  let state: AuthState = { phase: 'restoring' };
  let attempt: AbortController | undefined;

  function setState(next: AuthState) {
    state = next;
    for (const listener of listeners) listener();
  }

  function setSigningIn(signingIn: boolean) {
    if (state.phase === 'signed-in' || state.phase === 'signed-out') setState({ ...state, signingIn });
  }

  // Opens the popup before anything is awaited, so the click's user activation still covers it.
  function attemptSignIn(loginUrl: string): Promise<SessionTokens> {
    const window = options.openWindow();
    attempt?.abort();
    const current = new AbortController();
    attempt = current;
    setSigningIn(true);
    const wait = { origin: options.origin, messages: options.window, fetch: options.fetch, signal: current.signal };
    return runSignIn({ settings, loginUrl, window, wait }).finally(() => {
      if (attempt === current) attempt = undefined;
      setSigningIn(false);
    });
  }

  // Nothing of the org stays behind: its saved login, its describes, and (through the app) its other caches.
  function endSession(session: AuthSession) {
    store.forget(session.loginUrl);
    forgetDescribes(describeStorage, session.instanceUrl);
    setState({ phase: 'signed-out', signingIn: false });
    options.onSignedOut?.({ orgKey: session.orgKey, instanceUrl: session.instanceUrl });
  }

  async function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
    // The lock manager resolves with what the callback's promise resolves to.
    return options.locks ? await options.locks.request('sfsb-auth-refresh', work) : await work();
  }

  const stopFollowingOtherTabs = followOtherTabs({
    window: options.window,
    store,
    current: () => (state.phase === 'signed-in' ? state.session : undefined),
    onSignedOutElsewhere: endSession,
  });

  return {
    settings,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async restore() {
      const saved = store.latest();
      if (!saved) return setState({ phase: 'signed-out', signingIn: false });
      setState({ phase: 'restoring' });
      try {
        const tokens = await withRefreshLock(async () => {
          const latest = store.read(saved.loginUrl) ?? saved;
          const fresh = await refreshSession(oauthClientAt(settings, saved.loginUrl), latest.refreshToken);
          // Before the lock is released, so the next tab to refresh reads the rotated token.
          saveLogin(store, saved.loginUrl, fresh);
          return fresh;
        });
        setState({ phase: 'signed-in', session: openSession(deps, saved.loginUrl, tokens), signingIn: false });
      } catch (error) {
        if (!(error instanceof OAuthTokenError)) return setState({ phase: 'unavailable', problem: authProblem(error) ?? UNREACHABLE });
        store.forget(saved.loginUrl);
        setState({ phase: 'signed-out', signingIn: false, problem: authProblem(error) });
      }
    },

    async signIn({ sandbox = false } = {}) {
      const loginUrl = sandbox ? SANDBOX_LOGIN_URL : settings.loginUrl;
      try {
        const tokens = await attemptSignIn(loginUrl);
        setState({ phase: 'signed-in', session: openSession(deps, loginUrl, tokens), signingIn: false });
      } catch (error) {
        const problem = authProblem(error);
        setState({ phase: 'signed-out', signingIn: false, ...(problem && { problem }) });
      }
    },

    async reauthenticate() {
      const current = state.phase === 'signed-in' ? state.session : undefined;
      const loginUrl = current?.loginUrl ?? settings.loginUrl;
      const tokens = await attemptSignIn(loginUrl);
      if (current && orgKeyOf(tokens) === current.orgKey) {
        // Same user, same org: the session keeps its client, so open screens and pending retries carry on.
        applyTokens(current.client.connection, tokens);
        saveLogin(store, loginUrl, tokens);
        return;
      }
      setState({ phase: 'signed-in', session: openSession(deps, loginUrl, tokens), signingIn: false });
    },

    cancelSignIn: () => attempt?.abort(),

    async signOut() {
      if (state.phase !== 'signed-in') return;
      const { session } = state;
      const connection = session.client.connection;
      const token = connection.refreshToken ?? connection.accessToken;
      endSession(session);
      // Best effort: offline, the token is still forgotten here and expires on Salesforce's side.
      if (token) await revokeToken(oauthClientAt(settings, session.loginUrl), token).catch(() => undefined);
    },

    dispose() {
      attempt?.abort();
      stopFollowingOtherTabs();
    },
  };
}
