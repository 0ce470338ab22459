import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadEnv, type Connect, type Plugin } from 'vite';
import { runtimeConfigFromEnv } from '../lib/runtime-config.ts';
import { createApiRoutes } from './api-routes.ts';
import type { OAuthHandoff } from './handoff-handler.ts';
import { createHandoffStore } from './handoff-store.ts';
import type { RouteHandler } from './http-io.ts';
import type { UpstreamFetch } from './proxy-handler.ts';
import { consoleLogger, logOnClose, type ServerLogger } from './request-log.ts';

export interface SalesforceServerPluginOptions {
  /** Defaults to the SALESFORCE_* variables of the environment and of the mode's .env files. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly logger?: ServerLogger;
  readonly fetch?: UpstreamFetch;
}

/**
 * Mounts the production server's endpoints — the Salesforce proxy, /config.json and the OAuth handoff — in
 * `vite` and `vite preview`, so both behave like `npm start`. The demo is unaffected: its fake org answers from
 * a service worker in the browser and never reaches the proxy.
 */
export function salesforceServerPlugin(options: SalesforceServerPluginOptions = {}): Plugin {
  const logger = options.logger ?? consoleLogger;
  const handoffs = createHandoffStore<OAuthHandoff>();
  let routes: RouteHandler | undefined;

  const middleware: Connect.NextHandleFunction = (req: IncomingMessage, res: ServerResponse, next) => {
    if (!routes) {
      next();
      return;
    }
    // Vite logs its own requests; only the routes mounted here are logged, the same way as in production.
    logOnClose(req, res, logger, { labelledOnly: true });
    routes(req, res).then((handled) => {
      if (!handled) next();
    }, next);
  };

  return {
    name: 'salesforce-server',
    // `vite` and `vite preview` only: a build neither serves requests nor should depend on the server's variables.
    apply: 'serve',
    configResolved(config) {
      const env = options.env ?? loadEnv(config.mode, config.envDir, 'SALESFORCE_');
      // A bad variable stops the dev server at once, naming the variable.
      routes = createApiRoutes({ config: runtimeConfigFromEnv(env), handoffs, logger, ...(options.fetch && { fetch: options.fetch }) });
    },
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
