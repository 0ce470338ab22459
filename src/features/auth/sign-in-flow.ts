import { authorizeUrl, createPkcePair, exchangeCode, randomUrlSafe, type CallbackResult, type SessionTokens } from '../../salesforce';
import { oauthClientAt, type AuthSettings } from './auth-settings';
import type { AuthWindow } from './auth-window';
import { SignInError } from './sign-in-error';
import { waitForCallback, type CallbackWait } from './wait-for-callback';

export interface SignInAttempt {
  readonly settings: AuthSettings;
  readonly loginUrl: string;
  /** Already open: it was opened in the click that started the attempt. */
  readonly window: AuthWindow;
  readonly wait: Omit<CallbackWait, 'state' | 'isClosed' | 'handoffUrl'>;
}

/**
 * The OAuth 2.0 web-server flow with PKCE, in the popup: a fresh verifier and state for this attempt only, the
 * authorize page, the callback's result checked against the state, and the code traded for tokens.
 */
export async function runSignIn({ settings, loginUrl, window, wait }: SignInAttempt): Promise<SessionTokens> {
  try {
    const { verifier, challenge } = await createPkcePair();
    const state = randomUrlSafe();
    const url = authorizeUrl({ loginUrl, clientId: settings.clientId, redirectUri: settings.redirectUri, codeChallenge: challenge, state });
    const result = await showAndWait(window, url, { ...wait, state, isClosed: () => window.isClosed(), handoffUrl: settings.handoffUrl });
    if ('error' in result) {
      throw new SignInError(result.error === 'access_denied' ? 'denied' : 'refused', result.error_description ?? result.error);
    }
    return await exchangeCode(oauthClientAt(settings, loginUrl), result.code, verifier);
  } finally {
    window.close();
  }
}

async function showAndWait(window: AuthWindow, url: string, wait: CallbackWait): Promise<CallbackResult> {
  const stop = new AbortController();
  let showFailed = false;
  window.show(url).catch(() => {
    showFailed = true;
    stop.abort();
  });
  try {
    return await waitForCallback({ ...wait, signal: wait.signal ? AbortSignal.any([wait.signal, stop.signal]) : stop.signal });
  } catch (error) {
    throw showFailed ? new SignInError('popup-blocked') : error;
  }
}
