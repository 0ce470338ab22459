// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCallbackPage } from './run-callback-page';

const STATE = 'Zq3v8r2m9Kx4T7bW1cY6uE5nJ0aH8sLpQ1w2E3r4T5y';

interface FakeFrame {
  readonly frames: { readonly length: number; readonly [index: number]: FakeFrame };
  readonly posted: { message: unknown; targetOrigin: string }[];
  postMessage(message: unknown, targetOrigin: string): void;
}

/** A window the popup can post to; `acknowledges` plays the plugin answering on the callback page's window. */
function frame(children: FakeFrame[] = [], acknowledges = false): FakeFrame {
  const posted: FakeFrame['posted'] = [];
  return {
    frames: Object.assign({ length: children.length }, children),
    posted,
    postMessage(message, targetOrigin) {
      posted.push({ message, targetOrigin });
      const { state } = message as { state: string };
      if (acknowledges) {
        window.dispatchEvent(new MessageEvent('message', { data: { type: 'salesforce-oauth-callback-received', state }, origin: window.location.origin }));
      }
    },
  };
}

function handoffServer(status = 204) {
  return vi.fn<typeof fetch>(() => Promise.resolve(new Response(null, { status })));
}

function openCallback(query: string, opener: FakeFrame | null) {
  window.history.replaceState(null, '', `/oauth/callback${query}`);
  document.body.innerHTML = '<p id="callback-status">Finishing sign-in…</p>';
  Object.defineProperty(window, 'opener', { value: opener, configurable: true });
  return vi.spyOn(window, 'close').mockImplementation(() => undefined);
}

const status = () => document.getElementById('callback-status')?.textContent;

describe('the OAuth callback page', () => {
  afterEach(() => Object.defineProperty(window, 'opener', { value: null, configurable: true }));

  it('posts the code to the plugin that opened it, only to its own origin, and closes once it is acknowledged', async () => {
    const plugin = frame([], true);
    const close = openCallback(`?code=aPrx42&state=${STATE}`, plugin);
    const fetchHandoff = handoffServer();

    await runCallbackPage({ window, fetch: fetchHandoff });

    expect(plugin.posted).toEqual([{ message: { type: 'salesforce-oauth-callback', state: STATE, code: 'aPrx42' }, targetOrigin: window.location.origin }]);
    expect(window.location.search).toBe('');
    expect(fetchHandoff).not.toHaveBeenCalled();
    expect(status()).toBe('Signed in to Salesforce. You can close this window.');
    expect(close).toHaveBeenCalled();
  });

  it('finds the plugin in a frame of the window that opened it (the host’s page)', async () => {
    const plugin = frame([], true);
    const host = frame([frame(), plugin]);
    openCallback(`?error=access_denied&error_description=end-user+denied+authorization&state=${STATE}`, host);

    await runCallbackPage({ window, fetch: handoffServer() });

    expect(plugin.posted[0]?.message).toEqual({
      type: 'salesforce-oauth-callback',
      state: STATE,
      error: 'access_denied',
      error_description: 'end-user denied authorization',
    });
    expect(status()).toBe('Sign-in was not completed. You can close this window.');
  });

  it('hands the code to the server when Front opened it without an opener', async () => {
    const close = openCallback(`?code=aPrx42&state=${STATE}`, null);
    const fetchHandoff = handoffServer();

    await runCallbackPage({ window, fetch: fetchHandoff });

    const [url, init] = fetchHandoff.mock.calls[0] ?? [];
    expect(url).toBe(`${window.location.origin}/oauth/handoff`);
    expect(init).toMatchObject({ method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(typeof init?.body === 'string' && JSON.parse(init.body)).toEqual({ state: STATE, code: 'aPrx42' });
    expect(close).toHaveBeenCalled();
  });

  it('falls back to the server when nobody answers the message', async () => {
    openCallback(`?code=aPrx42&state=${STATE}`, frame());
    const fetchHandoff = handoffServer();

    await runCallbackPage({ window, fetch: fetchHandoff, ackTimeoutMs: 10 });

    expect(fetchHandoff).toHaveBeenCalledOnce();
  });

  it('says what went wrong when neither way reaches the plugin', async () => {
    const close = openCallback(`?code=aPrx42&state=${STATE}`, null);

    await runCallbackPage({ window, fetch: handoffServer(503) });

    expect(status()).toBe('The sidebar could not be reached. Close this window and sign in again.');
    expect(close).not.toHaveBeenCalled();
  });

  it('explains itself when opened without a sign-in to finish', async () => {
    const plugin = frame([], true);
    openCallback('?code=aPrx42', plugin);

    await runCallbackPage({ window, fetch: handoffServer() });

    expect(plugin.posted).toEqual([]);
    expect(status()).toContain('Open the sidebar and sign in there.');
  });
});
