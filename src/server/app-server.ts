import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiRoutes, firstMatch, type ApiRoutesOptions } from './api-routes.ts';
import { sendJson } from './http-io.ts';
import { logOnClose } from './request-log.ts';
import { securityHeaders } from './security-headers.ts';
import { createStaticHandler } from './static-files.ts';

export interface AppServerOptions extends ApiRoutesOptions {
  /** The build output to serve (dist/). */
  readonly distDir: string;
}

/** Every request of `npm start`: security headers, then the API routes, then the built files, else 404. */
export function createAppHandler(options: AppServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const headers = Object.entries(securityHeaders(options.config));
  const route = firstMatch(createApiRoutes(options), createStaticHandler({ root: options.distDir }));
  return (req, res) => {
    logOnClose(req, res, options.logger);
    for (const [name, value] of headers) res.setHeader(name, value);
    route(req, res).then(
      (handled) => {
        if (!handled) sendJson(res, 404, { error: 'Not found' });
      },
      (error: unknown) => {
        options.logger.error(`server: request failed: ${error instanceof Error ? error.name : 'unknown error'}`);
        if (res.headersSent) res.destroy();
        else sendJson(res, 500, { error: 'Internal server error' });
      },
    );
  };
}

export interface RunningAppServer {
  readonly server: Server;
  /** http://<host or localhost>:<port>, with the port the OS chose when 0 was asked for. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startAppServer(options: AppServerOptions & { readonly port: number; readonly host?: string }): Promise<RunningAppServer> {
  const server = createServer(createAppHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${options.host ?? 'localhost'}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
