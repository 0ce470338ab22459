import {
  callbackReceivedSchema,
  callbackResultFromQuery,
  OAUTH_CALLBACK_MESSAGE,
  type CallbackResult,
} from '../../../salesforce/oauth/callback-result';
import { deliverToOpener } from './deliver-to-opener';

// The page Salesforce redirects the popup to (/oauth/callback). It imports only the callback contract: no React,
// no jsforce, so it loads at once.

export interface CallbackPageDeps {
  readonly window: Window;
  readonly fetch: typeof fetch;
  /** How long the plugin has to acknowledge the message before the server handoff is used instead. */
  readonly ackTimeoutMs?: number;
}

const HANDOFF_PATH = '/oauth/handoff';

function say(doc: Document, text: string): void {
  const status = doc.getElementById('callback-status');
  if (status) status.textContent = text;
}

/**
 * Hands the authorization code (or Salesforce's error) back to the plugin window: by postMessage to the window
 * that opened this popup — or, where Front opened it without an opener, through the server's one-time handoff,
 * which the plugin polls by state. Never stores the code, and removes it from the address bar at once.
 */
export async function runCallbackPage({ window: win, fetch: fetchHandoff, ackTimeoutMs = 1500 }: CallbackPageDeps): Promise<void> {
  const result = callbackResultFromQuery(win.location.search);
  win.history.replaceState(null, '', win.location.pathname);
  if (!result) {
    say(win.document, 'This page finishes signing in to Salesforce from the sidebar. Open the sidebar and sign in there.');
    return;
  }
  const received = await deliverToOpener(win, { type: OAUTH_CALLBACK_MESSAGE, ...result }, (data) => {
    const parsed = callbackReceivedSchema.safeParse(data);
    return parsed.success && parsed.data.state === result.state;
  }, ackTimeoutMs);
  if (!received && !(await handOff(fetchHandoff, new URL(HANDOFF_PATH, win.location.origin).href, result))) {
    say(win.document, 'The sidebar could not be reached. Close this window and sign in again.');
    return;
  }
  say(win.document, 'code' in result ? 'Signed in to Salesforce. You can close this window.' : 'Sign-in was not completed. You can close this window.');
  win.close();
}

async function handOff(fetchHandoff: typeof fetch, url: string, result: CallbackResult): Promise<boolean> {
  try {
    const response = await fetchHandoff(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(result),
    });
    return response.ok;
  } catch {
    return false;
  }
}
