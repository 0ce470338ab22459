import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { createHandoffStore, type HandoffStore } from './handoff-store.ts';
import { BodyTooLargeError, readBody, requestPath, sendEmpty, sendJson, type RouteHandler } from './http-io.ts';
import { labelForLog } from './request-log.ts';

export const HANDOFF_PATH = '/oauth/handoff';

/** RFC 3986 unreserved characters: what a random state looks like in a URL path without encoding. */
const stateSchema = z.string().regex(/^[A-Za-z0-9._~-]{16,256}$/);

const handoffSchema = z.union([
  z.strictObject({ state: stateSchema, code: z.string().min(1).max(4096) }),
  z.strictObject({ state: stateSchema, error: z.string().min(1).max(256), error_description: z.string().max(2048).optional() }),
]);

export type OAuthHandoff = z.infer<typeof handoffSchema>;

const MAX_BODY_BYTES = 8 * 1024;

/**
 * `POST /oauth/handoff` {state, code} or {state, error, error_description} -> 204, and
 * `GET /oauth/handoff/<state>` -> 200 with that JSON (deleted on read), or 204 while there is none.
 */
export function createHandoffHandler(store: HandoffStore<OAuthHandoff> = createHandoffStore()): RouteHandler {
  return async (req, res) => {
    const path = requestPath(req);
    if (path !== HANDOFF_PATH && !path.startsWith(`${HANDOFF_PATH}/`)) return false;
    // The state is the key to a one-time code: it stays out of the access log.
    labelForLog(res, { path: HANDOFF_PATH });
    if (path === HANDOFF_PATH && req.method === 'POST') await receive(req, res, store);
    else if (path !== HANDOFF_PATH && req.method === 'GET') collect(path.slice(HANDOFF_PATH.length + 1), res, store);
    else sendEmpty(res, 405, { Allow: path === HANDOFF_PATH ? 'POST' : 'GET' });
    return true;
  };
}

async function receive(req: IncomingMessage, res: ServerResponse, store: HandoffStore<OAuthHandoff>): Promise<void> {
  // Requiring JSON also makes a cross-site POST need a CORS preflight, which this server never grants.
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    sendJson(res, 415, { error: 'Send the OAuth result as application/json.' });
    return;
  }
  let text: string;
  try {
    text = (await readBody(req, MAX_BODY_BYTES)).toString('utf8');
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendJson(res, 413, { error: 'The OAuth result is too large.' });
    return;
  }
  const parsed = handoffSchema.safeParse(parseJson(text));
  if (!parsed.success) {
    sendJson(res, 400, { error: 'Expected {state, code} or {state, error, error_description}.' });
    return;
  }
  const outcome = store.put(parsed.data.state, parsed.data);
  if (outcome === 'stored') sendEmpty(res, 204);
  else if (outcome === 'duplicate') sendJson(res, 409, { error: 'A result for this sign-in was already received.' });
  else sendJson(res, 503, { error: 'Too many sign-ins are in progress. Try again in a few minutes.' }, { 'Retry-After': '60' });
}

function collect(state: string, res: ServerResponse, store: HandoffStore<OAuthHandoff>): void {
  const handoff = stateSchema.safeParse(state).success ? store.take(state) : undefined;
  if (handoff) sendJson(res, 200, handoff);
  // "Not yet" is the normal answer to the plugin's polling, once a second while the popup is open: an error status
  // would have the browser log a failed request each time, in the console of every agent who signs in.
  else sendEmpty(res, 204);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
