import { describe, expect, it, vi } from 'vitest';
import { fakeWindowSource, messageEvent, PLUGIN_ORIGIN } from './test-support/fake-popup';
import { waitForCallback, type CallbackWait } from './wait-for-callback';

const STATE = 'Zq3v8r2m9Kx4T7bW1cY6uE5nJ0aH8sLpQ1w2E3r4T5y';
const HANDOFF = `${PLUGIN_ORIGIN}/oauth/handoff`;

function waitOptions(overrides: Partial<CallbackWait> = {}): CallbackWait {
  return { state: STATE, origin: PLUGIN_ORIGIN, messages: new EventTarget(), pollMs: 5, ...overrides };
}

/** The server's handoff store, as part H's endpoints answer: 204 until the callback page posted, then once. */
function handoffServer() {
  let entry: unknown;
  const fetchHandoff = vi.fn((url: string) => {
    if (url !== `${HANDOFF}/${STATE}` || entry === undefined) return Promise.resolve(new Response(null, { status: 204 }));
    const body = JSON.stringify(entry);
    entry = undefined;
    return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
  });
  return { fetch: fetchHandoff as unknown as typeof fetch, post: (value: unknown) => void (entry = value), calls: fetchHandoff.mock.calls };
}

describe('waitForCallback', () => {
  it('takes the callback page’s message from this origin for this state, and acknowledges it', async () => {
    const messages = new EventTarget();
    const source = fakeWindowSource();
    const waiting = waitForCallback(waitOptions({ messages }));

    messages.dispatchEvent(messageEvent({ type: 'salesforce-oauth-callback', state: STATE, code: 'aPrx1', extra: '<img>' }, { source }));

    await expect(waiting).resolves.toEqual({ state: STATE, code: 'aPrx1' });
    expect(source.received).toEqual([{ type: 'salesforce-oauth-callback-received', state: STATE }]);
  });

  it('ignores messages from other origins, for other states, or of other shapes', async () => {
    const messages = new EventTarget();
    const controller = new AbortController();
    const waiting = waitForCallback(waitOptions({ messages, signal: controller.signal }));

    messages.dispatchEvent(messageEvent({ type: 'salesforce-oauth-callback', state: STATE, code: 'aPrx1' }, { origin: 'https://evil.example' }));
    messages.dispatchEvent(messageEvent({ type: 'salesforce-oauth-callback', state: `${STATE}x`, code: 'aPrx1' }));
    messages.dispatchEvent(messageEvent({ state: STATE, code: 'aPrx1' }));
    controller.abort();

    await expect(waiting).rejects.toMatchObject({ failure: 'cancelled' });
  });

  it('polls the server’s handoff when the popup has no opener to post to', async () => {
    const server = handoffServer();
    const waiting = waitForCallback(waitOptions({ handoffUrl: HANDOFF, fetch: server.fetch }));
    await vi.waitFor(() => expect(server.calls.length).toBeGreaterThan(1));

    server.post({ state: STATE, error: 'access_denied', error_description: 'end-user denied authorization' });

    await expect(waiting).resolves.toEqual({ state: STATE, error: 'access_denied', error_description: 'end-user denied authorization' });
  });

  it('gives up when the popup is closed, after one more look for its answer', async () => {
    let closed = false;
    const waiting = waitForCallback(waitOptions({ isClosed: () => closed }));
    closed = true;
    await expect(waiting).rejects.toMatchObject({ failure: 'cancelled' });
  });

  it('times out', async () => {
    await expect(waitForCallback(waitOptions({ timeoutMs: 20 }))).rejects.toMatchObject({ failure: 'timed-out' });
  });

  it('stops listening and polling once settled', async () => {
    const server = handoffServer();
    const messages = new EventTarget();
    const waiting = waitForCallback(waitOptions({ messages, handoffUrl: HANDOFF, fetch: server.fetch }));
    messages.dispatchEvent(messageEvent({ type: 'salesforce-oauth-callback', state: STATE, code: 'aPrx1' }));
    await waiting;
    const polls = server.calls.length;

    await new Promise((resolve) => setTimeout(resolve, 30));

    expect(server.calls.length).toBe(polls);
  });
});
