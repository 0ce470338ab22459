// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridgeHost, STALE_CONTEXT_ERROR, WEB_VIEW_HANDSHAKE, type BridgeHost, type ContextOffer } from './bridge-host';
import { createPluginSide, type PluginSide } from './test-support/plugin-side';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function pluginFrame(): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  cleanups.push(() => frame.remove());
  return frame;
}

function startHost(frame = pluginFrame()): BridgeHost {
  const host = createBridgeHost({ hostWindow: window, pluginWindow: () => frame.contentWindow });
  cleanups.push(() => host.dispose());
  return host;
}

function pluginSide(): PluginSide {
  const side = createPluginSide();
  cleanups.push(() => side.close());
  return side;
}

const noConversation: ContextOffer = {
  data: { type: 'noConversation', teammate: { id: 'tea_alex' } },
  functions: { openUrl: { arity: 2, call: () => undefined } },
};

function handshake(source: Window | null, port: MessagePort) {
  window.dispatchEvent(new MessageEvent('message', { data: WEB_VIEW_HANDSHAKE, source, ports: [port] }));
}

describe('bridge host', () => {
  it('answers the plugin frame’s handshake with the current context, its id and function arities', async () => {
    const frame = pluginFrame();
    const host = startHost(frame);
    const plugin = pluginSide();
    host.publish(noConversation);

    handshake(frame.contentWindow, plugin.hostPort);

    const { id, ...context } = await plugin.nextContext(0);
    expect(context).toEqual({ type: 'noConversation', teammate: { id: 'tea_alex' }, functionArities: { openUrl: 2 } });
    expect(id).toMatch(/^ctx_/);
  });

  it('ignores a handshake from any window other than the plugin’s', async () => {
    const host = startHost();
    const plugin = pluginSide();
    host.publish(noConversation);

    handshake(pluginFrame().contentWindow, plugin.hostPort);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(plugin.contexts).toEqual([]);
  });

  it('sends a new context, with a new id, on every publish', async () => {
    const host = startHost();
    const plugin = pluginSide();
    host.publish(noConversation);
    host.connect(plugin.hostPort);
    const first = await plugin.nextContext(0);

    host.publish({ ...noConversation, data: { type: 'noConversation', teammate: { id: 'tea_alex', is_admin: true } } });

    const second = await plugin.nextContext(1);
    expect(second.id).not.toBe(first.id);
    expect(second.teammate).toEqual({ id: 'tea_alex', is_admin: true });
  });

  it('answers a function call with the function’s result, passing the arguments the plugin sent', async () => {
    const listMessages = vi.fn((args: readonly unknown[]) => ({ results: [], nextPageToken: `after:${String(args[0])}` }));
    const host = startHost();
    const plugin = pluginSide();
    host.publish({ data: { type: 'singleConversation' }, functions: { listMessages: { arity: 2, call: listMessages } } });
    host.connect(plugin.hostPort);
    await plugin.nextContext(0);

    const reply = await plugin.call('listMessages', ['page:2']).reply();

    expect(listMessages).toHaveBeenCalledWith(['page:2']);
    expect(reply).toMatchObject({ type: 'function_result', value: { results: [], nextPageToken: 'after:page:2' } });
  });

  it('answers function_error when the function fails or does not exist in this context', async () => {
    const host = startHost();
    const plugin = pluginSide();
    host.publish({ data: { type: 'noConversation' }, functions: { openUrl: { arity: 2, call: () => { throw new Error('Invalid URL'); } } } });
    host.connect(plugin.hostPort);
    await plugin.nextContext(0);

    await expect(plugin.call('openUrl', ['nope']).reply()).resolves.toMatchObject({ type: 'function_error', error: 'Invalid URL' });
    await expect(plugin.call('listMessages', []).reply()).resolves.toMatchObject({
      type: 'function_error',
      error: 'listMessages is not available in a noConversation context',
    });
  });

  it('refuses a call made for a context that is no longer current', async () => {
    const openUrl = vi.fn();
    const host = startHost();
    const plugin = pluginSide();
    host.publish({ ...noConversation, functions: { openUrl: { arity: 2, call: openUrl } } });
    host.connect(plugin.hostPort);
    const old = await plugin.nextContext(0);
    host.publish({ ...noConversation, functions: { openUrl: { arity: 2, call: openUrl } } });
    await plugin.nextContext(1);

    const reply = await plugin.call('openUrl', ['https://example.com'], old.id).reply();

    expect(reply).toMatchObject({ type: 'function_error', error: STALE_CONTEXT_ERROR });
    expect(openUrl).not.toHaveBeenCalled();
  });

  it('drops the answer to a cancelled call', async () => {
    const finishers: ((value: unknown) => void)[] = [];
    const host = startHost();
    const plugin = pluginSide();
    const listMessages = { arity: 2, call: () => new Promise((resolve) => finishers.push(resolve)) };
    host.publish({ data: { type: 'singleConversation' }, functions: { listMessages } });
    host.connect(plugin.hostPort);
    await plugin.nextContext(0);

    const cancelled = plugin.call('listMessages', []);
    plugin.cancel(cancelled.id);
    const later = plugin.call('listMessages', []);
    await vi.waitFor(() => expect(finishers).toHaveLength(2));
    finishers.forEach((finish) => finish({ results: [] }));
    await later.reply();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(plugin.replies.map((reply) => reply.id)).toEqual([later.id]);
  });

  it('talks to the new port after the plugin reloads and shakes hands again', async () => {
    const frame = pluginFrame();
    const host = startHost(frame);
    const before = pluginSide();
    const after = pluginSide();
    host.publish(noConversation);
    handshake(frame.contentWindow, before.hostPort);
    await before.nextContext(0);

    handshake(frame.contentWindow, after.hostPort);
    await after.nextContext(0);
    host.publish(noConversation);

    await after.nextContext(1);
    expect(before.contexts).toHaveLength(1);
  });
});
