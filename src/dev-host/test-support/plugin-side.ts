import { MessageChannel } from 'node:worker_threads';

export interface SentContext {
  readonly id: string;
  readonly type: string;
  readonly functionArities: Record<string, number>;
  readonly [key: string]: unknown;
}

interface HostReply {
  readonly type: string;
  readonly id: string;
  readonly value?: unknown;
  readonly error?: string;
}

/**
 * The plugin's end of a bridge channel, driven by hand: records what the host sends and makes raw
 * function calls. Used where jsdom cannot run the real SDK (its postMessage drops transferred ports).
 */
export function createPluginSide() {
  const { port1: hostPort, port2: pluginPort } = new MessageChannel();
  const contexts: SentContext[] = [];
  const replies: HostReply[] = [];
  const waiters = new Set<() => void>();
  let callCount = 0;

  pluginPort.on('message', (data: { type: string; context?: SentContext } & HostReply) => {
    if (data.type === 'context_update' && data.context) contexts.push(data.context);
    else replies.push(data);
    for (const wake of waiters) wake();
  });

  function waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 1000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`Timed out waiting for ${what}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  return {
    /** Hand this to the host (a Node port is a structural stand-in for the DOM one). */
    hostPort: hostPort as unknown as MessagePort,
    contexts,
    latestContext: () => contexts.at(-1),
    /** Resolves with the first context received after `count` contexts, i.e. the next one. */
    nextContext: (count = contexts.length) => waitFor(() => contexts[count], `context #${count + 1}`),
    call(name: string, args: unknown[], contextId = contexts.at(-1)?.id ?? 'none') {
      callCount += 1;
      const id = `call_${callCount}`;
      pluginPort.postMessage({ type: 'function_call', id, contextId, name, args });
      return { id, reply: () => waitFor(() => replies.find((r) => r.id === id), `the reply to ${name}`) };
    },
    cancel: (id: string) => pluginPort.postMessage({ type: 'function_cancel', id }),
    replies,
    close() {
      hostPort.close();
      pluginPort.close();
    },
  };
}

export type PluginSide = ReturnType<typeof createPluginSide>;
