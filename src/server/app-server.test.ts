import { afterEach, describe, expect, it } from 'vitest';
import type { RuntimeConfig } from '../lib/runtime-config';
import { startAppServer, type RunningAppServer } from './app-server';
import type { OAuthHandoff } from './handoff-handler';
import { createHandoffStore, HANDOFF_TTL_MS, type HandoffStore } from './handoff-store';
import { captureLogger, logLines, rawGet, SECRET_BESIDE_DIST, tempDist } from './test-support/server-fixtures';

const PROXY_CONFIG: RuntimeConfig = {
  transport: 'proxy',
  salesforce: { clientId: '3MVG9example', loginUrl: 'https://acme.my.salesforce.com', apiVersion: '62.0' },
};
const STATE = 'q1w2e3r4t5y6u7i8o9p0-_AbCdEf';
const CODE = 'aPrxSecretAuthorizationCode==';

let running: RunningAppServer | undefined;
afterEach(async () => {
  // A test may leave a response body unread; its connection would otherwise hold close() open.
  running?.server.closeAllConnections();
  await running?.close();
  running = undefined;
});

async function start(options: { config?: RuntimeConfig; handoffs?: HandoffStore<OAuthHandoff> } = {}) {
  const logger = captureLogger();
  running = await startAppServer({ distDir: tempDist(), config: PROXY_CONFIG, logger, port: 0, host: '127.0.0.1', ...options });
  const url = running.url;
  return { logger, url, get: (path: string, init?: RequestInit) => fetch(`${url}${path}`, init) };
}

const postHandoff = (url: string, body: unknown, contentType = 'application/json') =>
  fetch(`${url}/oauth/handoff`, { method: 'POST', headers: { 'Content-Type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('npm start: security headers', () => {
  it('lets only Front (and the same origin) frame the plugin, with no inline script or style', async () => {
    const { get } = await start();

    const response = await get('/');

    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self' https://*.frontapp.com https://*.frontapplication.com");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('unsafe-');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('sends the headers on every response, errors and API answers included', async () => {
    const { get } = await start();

    for (const path of ['/no-such-file', '/config.json', '/assets/main-AbC123.js']) {
      const response = await get(path);
      expect(response.headers.get('content-security-policy'), path).toContain('frame-ancestors');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it.each([
    ['direct', { ...PROXY_CONFIG, transport: 'direct' }],
    ['demo', { transport: 'demo' }],
  ] as const)('lets the browser reach Salesforce itself when the transport is %s', async (_, config) => {
    const { get } = await start({ config });

    const csp = (await get('/')).headers.get('content-security-policy');

    expect(csp).toContain("connect-src 'self' https://*.my.salesforce.com https://login.salesforce.com https://test.salesforce.com;");
  });
});

describe('npm start: the built app', () => {
  it('serves files with their content type; hashed assets are immutable, pages are revalidated', async () => {
    const { get } = await start();

    const page = await get('/');
    const script = await get('/assets/main-AbC123.js');
    const style = await get('/assets/main-AbC123.css');
    const icon = await get('/icon.svg');

    expect(await page.text()).toContain('<title>Salesforce for Front</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await script.text()).toBe('console.log("plugin");');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('serves the OAuth callback page at /oauth/callback, query string and all', async () => {
    const { get } = await start();

    const response = await get(`/oauth/callback?code=${CODE}&state=${STATE}`);

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Signing in…</title>');
  });

  it('answers 304 to a revalidation of an unchanged page', async () => {
    const { get } = await start();
    const lastModified = (await get('/')).headers.get('last-modified') ?? '';

    const response = await get('/', { headers: { 'If-Modified-Since': lastModified } });

    expect(response.status).toBe(304);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/.env', '/%00index.html', '/assets', '/missing.js'])(
    'answers 404 to %s without reading outside the build',
    async (path) => {
      const { url } = await start();

      const response = await rawGet(url, path);

      expect(response.status).toBe(404);
      expect(response.body).not.toContain(SECRET_BESIDE_DIST);
    },
  );
});

describe('npm start: GET /config.json', () => {
  it('hands the runtime configuration to the plugin', async () => {
    const { get } = await start();

    const response = await get('/config.json');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual(PROXY_CONFIG);
  });
});

describe('npm start: the OAuth handoff', () => {
  it('keeps a sign-in result until the plugin collects it, once', async () => {
    const { get, url } = await start();

    expect((await get(`/oauth/handoff/${STATE}`)).status).toBe(204);
    expect((await postHandoff(url, { state: STATE, code: CODE })).status).toBe(204);
    const collected = await get(`/oauth/handoff/${STATE}`);

    expect(collected.status).toBe(200);
    expect(collected.headers.get('cache-control')).toBe('no-store');
    expect(await collected.json()).toEqual({ state: STATE, code: CODE });
    expect((await get(`/oauth/handoff/${STATE}`)).status).toBe(204);
  });

  it('hands over a refusal from Salesforce just the same', async () => {
    const { get, url } = await start();
    const refusal = { state: STATE, error: 'access_denied', error_description: 'end-user denied authorization' };

    await postHandoff(url, refusal);

    expect(await (await get(`/oauth/handoff/${STATE}`)).json()).toEqual(refusal);
  });

  it('forgets a result nobody collected within five minutes', async () => {
    let now = Date.parse('2026-04-01T10:00:00Z');
    const { get, url } = await start({ handoffs: createHandoffStore({ now: () => now }) });
    await postHandoff(url, { state: STATE, code: CODE });

    now += HANDOFF_TTL_MS;

    expect((await get(`/oauth/handoff/${STATE}`)).status).toBe(204);
  });

  it('keeps the first result for a state: a second one cannot replace it', async () => {
    const { get, url } = await start();
    await postHandoff(url, { state: STATE, code: CODE });

    const second = await postHandoff(url, { state: STATE, code: 'attacker-code' });

    expect(second.status).toBe(409);
    expect(await (await get(`/oauth/handoff/${STATE}`)).json()).toEqual({ state: STATE, code: CODE });
  });

  it.each([
    ['a short state', { state: 'short', code: CODE }],
    ['a state with unsafe characters', { state: `${STATE}/../x`, code: CODE }],
    ['no code and no error', { state: STATE }],
    ['both a code and an error', { state: STATE, code: CODE, error: 'access_denied' }],
    ['an unknown field', { state: STATE, code: CODE, access_token: 'x' }],
    ['invalid JSON', '{"state":'],
  ])('refuses %s with a 400', async (_, body) => {
    const { url } = await start();

    expect((await postHandoff(url, body)).status).toBe(400);
  });

  it('refuses a body that is not JSON, or too large', async () => {
    const { url } = await start();

    expect((await postHandoff(url, `state=${STATE}&code=${CODE}`, 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await postHandoff(url, { state: STATE, code: 'x'.repeat(9000) })).status).toBe(413);
  });

  it('refuses new results while full, keeping those already waiting', async () => {
    const { get, url } = await start({ handoffs: createHandoffStore({ maxEntries: 1 }) });
    await postHandoff(url, { state: STATE, code: CODE });

    const refused = await postHandoff(url, { state: `${STATE}-other`, code: CODE });

    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await get(`/oauth/handoff/${STATE}`)).status).toBe(200);
  });
});

describe('npm start: logs', () => {
  it('log each request by method, path without query and status — no state, code or token', async () => {
    const { get, logger, url } = await start();

    await get(`/oauth/callback?code=${CODE}&state=${STATE}`);
    await postHandoff(url, { state: STATE, code: CODE });
    await get(`/oauth/handoff/${STATE}`, { headers: { Authorization: 'Bearer 00Dsecret!token' } });
    await get('/config.json?debug=maya@acme.example');

    expect(await logLines(logger, 4)).toEqual(['GET /config.json 200', 'GET /oauth/callback 200', 'GET /oauth/handoff 200', 'POST /oauth/handoff 204']);
    for (const secret of [STATE, CODE, '00Dsecret!token', 'maya@acme.example']) expect(logger.text()).not.toContain(secret);
  });
});
