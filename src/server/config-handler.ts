import type { RuntimeConfig } from '../lib/runtime-config.ts';
import { requestPath, sendEmpty, sendJson, type RouteHandler } from './http-io.ts';

export const CONFIG_PATH = '/config.json';

/** GET /config.json: the deployment's runtime configuration, read from the environment once at start. */
export function createConfigHandler(config: RuntimeConfig): RouteHandler {
  return (req, res) => {
    if (requestPath(req) !== CONFIG_PATH) return Promise.resolve(false);
    if (req.method === 'GET' || req.method === 'HEAD') sendJson(res, 200, config);
    else sendEmpty(res, 405, { Allow: 'GET, HEAD' });
    return Promise.resolve(true);
  };
}
