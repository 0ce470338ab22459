import { ZodError } from 'zod';
import { parseFrontContext } from './front-context-schema';
import { parseFrontMessagePage } from './front-message-schema';
import type { HostAdapter, HostContext } from './host-types';

/** Where raw SDK contexts come from: the SDK's `contextUpdates` observable, or a stand-in in tests. */
export interface RawContextSource {
  subscribe(next: (raw: unknown) => void): unknown;
}

interface LatestContext {
  readonly raw: object;
  readonly parsed: HostContext;
}

/**
 * A HostAdapter over a stream of raw SDK contexts. The latest raw context is kept because its missing
 * properties are the bridge functions (`raw.listMessages(token)` is a call to Front).
 */
export function createHostAdapter(source: RawContextSource): HostAdapter {
  const listeners = new Set<(context: HostContext) => void>();
  let latest: LatestContext | undefined;
  let warned = false;

  source.subscribe((raw) => {
    const parsed = tryParse(raw);
    if (!parsed || typeof raw !== 'object' || raw === null) return;
    latest = { raw, parsed };
    for (const listener of listeners) listener(parsed);
  });

  function tryParse(raw: unknown): HostContext | undefined {
    try {
      return parseFrontContext(raw);
    } catch (error) {
      if (!(error instanceof ZodError)) throw error;
      // One warning is enough to diagnose a Front API change; repeating it on every selection would flood the console.
      if (!warned) console.warn('Ignoring a Front context the sidebar cannot read:', error.issues);
      warned = true;
      return undefined;
    }
  }

  function call(name: string, args: readonly unknown[]): Promise<unknown> {
    if (!latest) return Promise.reject(new Error(`Front has not sent a context yet, so ${name} is unavailable.`));
    const fn: unknown = Reflect.get(latest.raw, name);
    if (typeof fn !== 'function') {
      return Promise.reject(new Error(`Front does not offer ${name} in a ${latest.parsed.type} context.`));
    }
    return Promise.resolve(Reflect.apply(fn, latest.raw, args) as unknown);
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (latest) listener(latest.parsed);
      return () => listeners.delete(listener);
    },
    current: () => latest?.parsed,
    async listMessages(pageToken) {
      const type = latest?.parsed.type;
      if (type !== 'singleConversation') {
        throw new Error(`Messages can only be listed with one conversation open (current context: ${type ?? 'none'}).`);
      }
      return parseFrontMessagePage(await call('listMessages', [pageToken]));
    },
    async openUrl(url) {
      await call('openUrl', [url]);
    },
    async openUrlInPopup(url, size) {
      await call('openUrlInPopup', [url, { width: size.width, height: size.height }]);
    },
    async addLink(url, name) {
      await call('addLink', [url, name]);
    },
  };
}
