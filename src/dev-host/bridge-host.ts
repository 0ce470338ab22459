import { z } from 'zod';

// The HOST side of @frontapp/plugin-sdk's WebViewBridge (dist/index.es.js): the plugin posts this string with a
// MessagePort to its parent; everything after that travels over the port.
export const WEB_VIEW_HANDSHAKE = '@frontapp/ui-sdk#WebViewBridge.handshake';

export const STALE_CONTEXT_ERROR = 'Context is no longer current';

export interface HostFunction {
  /** Front's arity: the declared parameters INCLUDING the trailing cancel token, which the SDK never sends. */
  readonly arity: number;
  call(args: readonly unknown[]): unknown;
}

/** What the host currently offers the plugin: the context's data and the functions it may call. */
export interface ContextOffer {
  readonly data: Readonly<Record<string, unknown>>;
  readonly functions: Readonly<Record<string, HostFunction>>;
}

export interface BridgeHostOptions {
  /** Where the handshake arrives: the window that embeds the plugin. */
  readonly hostWindow: EventTarget;
  /** The plugin's window (the iframe's contentWindow); handshakes from anyone else are ignored. */
  readonly pluginWindow: () => unknown;
}

export interface BridgeHost {
  /** Sends a new context (fresh id) now, and to any plugin that connects later. */
  publish(offer: ContextOffer): void;
  /** Starts talking over a port, replacing the previous one (the plugin reloaded). */
  connect(port: MessagePort): void;
  dispose(): void;
}

const sdkMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('function_call'), id: z.string(), contextId: z.string(), name: z.string(), args: z.array(z.unknown()) }),
  z.object({ type: z.literal('function_cancel'), id: z.string() }),
]);

export function createBridgeHost({ hostWindow, pluginWindow }: BridgeHostOptions): BridgeHost {
  let connection: { readonly port: MessagePort; disconnect(): void } | undefined;
  let current: { readonly id: string; readonly offer: ContextOffer } | undefined;
  let contextCount = 0;
  const pending = new Set<string>();

  function sendContext() {
    if (!connection || !current) return;
    const functionArities = Object.fromEntries(Object.entries(current.offer.functions).map(([name, fn]) => [name, fn.arity]));
    connection.port.postMessage({ type: 'context_update', context: { ...current.offer.data, id: current.id, functionArities } });
  }

  async function answer(port: MessagePort, call: { id: string; contextId: string; name: string; args: unknown[] }) {
    pending.add(call.id);
    let reply: Record<string, unknown>;
    try {
      if (call.contextId !== current?.id) throw new Error(STALE_CONTEXT_ERROR);
      const fn = current.offer.functions[call.name];
      if (!fn) throw new Error(`${call.name} is not available in a ${String(current.offer.data.type)} context`);
      reply = { type: 'function_result', id: call.id, value: await fn.call(call.args) };
    } catch (error) {
      reply = { type: 'function_error', id: call.id, error: error instanceof Error ? error.message : String(error) };
    }
    // A cancelled call gets no answer: the plugin has already rejected it with a cancel error.
    if (pending.delete(call.id)) port.postMessage(reply);
  }

  function disconnect() {
    connection?.disconnect();
    connection = undefined;
    pending.clear();
  }

  function connect(port: MessagePort) {
    disconnect();
    const onMessage = (event: MessageEvent) => {
      const parsed = sdkMessageSchema.safeParse(event.data);
      if (!parsed.success) return;
      if (parsed.data.type === 'function_cancel') pending.delete(parsed.data.id);
      else void answer(port, parsed.data);
    };
    port.addEventListener('message', onMessage);
    port.start();
    connection = {
      port,
      disconnect() {
        port.removeEventListener('message', onMessage);
        port.close();
      },
    };
    sendContext();
  }

  function onWindowMessage(event: Event) {
    if (!(event instanceof MessageEvent) || event.data !== WEB_VIEW_HANDSHAKE) return;
    const source: unknown = event.source;
    const [port] = event.ports;
    if (source === null || source !== pluginWindow() || !port) return;
    connect(port);
  }

  hostWindow.addEventListener('message', onWindowMessage);

  return {
    publish(offer) {
      contextCount += 1;
      current = { id: `ctx_demo_${contextCount}`, offer };
      sendContext();
    },
    connect,
    dispose() {
      hostWindow.removeEventListener('message', onWindowMessage);
      disconnect();
    },
  };
}
