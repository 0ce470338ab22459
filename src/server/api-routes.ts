import type { RuntimeConfig } from '../lib/runtime-config.ts';
import { createConfigHandler } from './config-handler.ts';
import { createHandoffHandler, type OAuthHandoff } from './handoff-handler.ts';
import type { HandoffStore } from './handoff-store.ts';
import type { RouteHandler } from './http-io.ts';
import { createProxyHandler, type ProxyOptions } from './proxy-handler.ts';

export interface ApiRoutesOptions extends ProxyOptions {
  readonly config: RuntimeConfig;
  readonly handoffs?: HandoffStore<OAuthHandoff>;
}

/** Runs the handlers in order until one answers. */
export function firstMatch(...handlers: readonly RouteHandler[]): RouteHandler {
  return async (req, res) => {
    for (const handler of handlers) if (await handler(req, res)) return true;
    return false;
  };
}

/** The server's own endpoints, shared by `npm start` and the Vite dev/preview servers. */
export function createApiRoutes({ config, handoffs, ...proxy }: ApiRoutesOptions): RouteHandler {
  return firstMatch(createConfigHandler(config), createHandoffHandler(handoffs), createProxyHandler(proxy));
}
