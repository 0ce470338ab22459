import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkSalesforceEndpoint } from './allow-list.ts';
import { BodyTooLargeError, readBody, requestPath, sendSalesforceError, type RouteHandler } from './http-io.ts';
import { downstreamResponseHeaders, upstreamRequestHeaders } from './proxy-headers.ts';
import { labelForLog, type ServerLogger } from './request-log.ts';

/** Where the plugin's jsforce sends everything (`proxyUrl`), with the real URL in `salesforceproxy-endpoint`. */
export const PROXY_PATH = '/salesforce-proxy';

export type UpstreamFetch = (url: URL, init: RequestInit) => Promise<Response>;

export interface ProxyOptions {
  readonly logger: ServerLogger;
  /** Defaults to the global fetch, looked up per call so msw/node can answer it in tests. */
  readonly fetch?: UpstreamFetch;
  readonly timeoutMs?: number;
  readonly maxBodyBytes?: number;
}

// Long enough for a slow SOQL query or a lead conversion; an agent waiting longer is better served by an error.
const DEFAULT_TIMEOUT_MS = 60_000;
// The sidebar sends JSON records, SOAP envelopes and a small layout file; 10 MB leaves ample room.
const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
const METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE']);
// Following a redirect would take the token to a host the allow-list never saw, and a browser fetching with
// redirect: 'manual' (as jsforce does) cannot read a passed-back Location anyway: refusing is the one safe answer.
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const BODILESS_STATUSES: ReadonlySet<number> = new Set([204, 304]);

const globalFetch: UpstreamFetch = (url, init) => fetch(url, init);

/** The jsforce proxy: forwards to Salesforce hosts only, with allow-listed headers both ways. */
export function createProxyHandler(options: ProxyOptions): RouteHandler {
  return async (req, res) => {
    if (requestPath(req) !== PROXY_PATH) return false;
    labelForLog(res, { path: PROXY_PATH });
    await forward(req, res, options);
    return true;
  };
}

async function forward(req: IncomingMessage, res: ServerResponse, options: ProxyOptions): Promise<void> {
  const { logger, fetch: send = globalFetch, timeoutMs = DEFAULT_TIMEOUT_MS, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options;
  const method = req.method ?? 'GET';
  if (!METHODS.has(method)) {
    sendSalesforceError(res, 405, 'PROXY_METHOD_NOT_ALLOWED', `The proxy does not forward ${method} requests.`, { Allow: [...METHODS].join(', ') });
    return;
  }
  const endpoint = checkSalesforceEndpoint(req.headers['salesforceproxy-endpoint']);
  if (!endpoint.ok) {
    sendSalesforceError(res, 403, 'PROXY_ENDPOINT_REFUSED', `The proxy refused this request: ${endpoint.reason}.`);
    return;
  }
  const { url } = endpoint;
  labelForLog(res, { path: url.pathname, upstreamHost: url.hostname });

  let body: Buffer<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      sendSalesforceError(res, 413, 'PROXY_BODY_TOO_LARGE', error.message);
      return;
    }
  }

  const clientGone = new AbortController();
  res.once('close', () => clientGone.abort());
  const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), clientGone.signal]);
  let status: number;
  let headers: Headers;
  let payload: Buffer;
  try {
    const upstream = await send(url, { method, headers: upstreamRequestHeaders(req.headers), body, redirect: 'manual', signal });
    if (REDIRECTS.has(upstream.status)) {
      await upstream.body?.cancel();
      sendSalesforceError(res, 502, 'PROXY_REDIRECT_REFUSED', `Salesforce answered with a redirect (${upstream.status}), which the proxy does not follow.`);
      return;
    }
    ({ status, headers } = upstream);
    payload = Buffer.from(await upstream.arrayBuffer());
  } catch (error) {
    if (clientGone.signal.aborted) return;
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    logger.error(`proxy: ${method} ${url.hostname} failed: ${timedOut ? 'timeout' : errorKind(error)}`);
    if (timedOut) sendSalesforceError(res, 504, 'PROXY_TIMEOUT', 'Salesforce did not answer in time. Try again in a moment.');
    else sendSalesforceError(res, 502, 'PROXY_UPSTREAM_UNREACHABLE', 'Salesforce could not be reached. Try again in a moment.');
    return;
  }
  const withBody = method !== 'HEAD' && !BODILESS_STATUSES.has(status);
  res.writeHead(status, {
    ...downstreamResponseHeaders(headers),
    // Responses hold customer records: no shared or browser cache may keep them.
    'Cache-Control': 'no-store',
    ...(withBody && { 'Content-Length': payload.length }),
  });
  res.end(withBody ? payload : undefined);
}

/** An error's name and code only: undici's messages and causes can quote the URL, query string included. */
function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause: unknown = error.cause;
  const code = cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  return code ? `${error.name} (${code})` : error.name;
}
