import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from './content-types.ts';
import { requestPath, type RouteHandler } from './http-io.ts';
import { PAGE_ROUTES } from './page-routes.ts';

export interface StaticFilesOptions {
  /** The build output (dist/). */
  readonly root: string;
  readonly routes?: Readonly<Record<string, string>>;
}

/** Vite names every file under assets/ by its content hash, so a cached copy can never be stale. */
function cacheControl(relativePath: string): string {
  return relativePath.startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The file a URL path names inside `root`, or undefined for anything that could step outside it. */
function resolveFile(root: string, path: string, routes: Readonly<Record<string, string>>): string | undefined {
  const routed = routes[path];
  if (routed) return resolve(root, routed);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(decoded)) return undefined;
  // `..` walks out of root, and dot-files are never part of a build.
  if (decoded.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const file = resolve(root, `.${decoded}`);
  return file.startsWith(root + sep) ? file : undefined;
}

function notModified(req: IncomingMessage, modified: Date): boolean {
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

/** Serves the built app: GET and HEAD only, files inside root only, content types and caching per file. */
export function createStaticHandler({ root, routes = PAGE_ROUTES }: StaticFilesOptions): RouteHandler {
  const base = resolve(root);
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const file = resolveFile(base, requestPath(req), routes);
    if (!file) return false;
    const stats = await stat(file).catch(() => undefined);
    if (!stats?.isFile()) return false;
    const headers = {
      'Content-Type': contentTypeFor(file),
      'Cache-Control': cacheControl(relative(base, file)),
      'Last-Modified': stats.mtime.toUTCString(),
    };
    if (notModified(req, stats.mtime)) {
      res.writeHead(304, headers);
      res.end();
    } else {
      res.writeHead(200, { ...headers, 'Content-Length': stats.size });
      if (req.method === 'HEAD') res.end();
      else await pipeline(createReadStream(file), res);
    }
    return true;
  };
}
