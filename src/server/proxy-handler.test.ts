import { afterEach, describe, expect, it } from 'vitest';
import { startAppServer, type RunningAppServer } from './app-server';
import type { ProxyOptions, UpstreamFetch } from './proxy-handler';
import { captureLogger, logLines, tempDist, type CapturedLogger } from './test-support/server-fixtures';

const INSTANCE = 'https://acme.my.salesforce.com';
const TOKEN = '00D5g000004ZmKt!AQsecret-access-token';

interface Forwarded {
  readonly url: string;
  readonly init: RequestInit;
  readonly headers: Headers;
  readonly body: string | undefined;
}

let running: RunningAppServer | undefined;
afterEach(async () => {
  // A test may leave a response body unread; its connection would otherwise hold close() open.
  running?.server.closeAllConnections();
  await running?.close();
  running = undefined;
});

/** The app server with Salesforce replaced by `answer`; returns what reached "Salesforce". */
async function serve(answer: (url: URL) => Response | Promise<Response>, options: Partial<ProxyOptions> = {}) {
  const forwarded: Forwarded[] = [];
  const upstream: UpstreamFetch = async (url, init) => {
    const body = init.body ? Buffer.from(init.body as Uint8Array).toString('utf8') : undefined;
    forwarded.push({ url: url.href, init, headers: new Headers(init.headers), body });
    return answer(url);
  };
  const logger: CapturedLogger = captureLogger();
  running = await startAppServer({ distDir: tempDist(), config: { transport: 'proxy' }, logger, fetch: upstream, port: 0, host: '127.0.0.1', ...options });
  const proxy = (endpoint: string | undefined, init: RequestInit = {}) =>
    fetch(`${running?.url}/salesforce-proxy?1718000000000.123`, {
      ...init,
      headers: { ...(endpoint && { 'salesforceproxy-endpoint': endpoint }), ...(init.headers as Record<string, string>) },
    });
  return { forwarded, logger, proxy };
}

describe('the Salesforce proxy', () => {
  it('forwards to the endpoint with the allowed headers only', async () => {
    const { forwarded, proxy } = await serve(() => Response.json({ totalSize: 0, done: true, records: [] }));
    const endpoint = `${INSTANCE}/services/data/v62.0/query?q=SELECT+Id+FROM+Contact+WHERE+Email+%3D+%27maya%40acme.example%27`;

    const response = await proxy(endpoint, {
      headers: {
        Authorization: `Bearer ${TOKEN}`,
        Accept: 'application/json',
        'If-Modified-Since': 'Tue, 01 Apr 2026 10:00:00 GMT',
        'Sforce-Call-Options': 'client=front-sidebar',
        'X-PrettyPrint': '1',
        Cookie: 'sid=browser-session; BrowserId=abc',
        Origin: 'https://plugin.example',
        Referer: 'https://plugin.example/?code=abc',
        'X-Forwarded-For': '203.0.113.9',
        'X-Custom': 'nope',
      },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ totalSize: 0, done: true, records: [] });
    expect(forwarded).toHaveLength(1);
    const [sent] = forwarded;
    expect(sent?.url).toBe(endpoint);
    expect(sent?.init).toMatchObject({ method: 'GET', redirect: 'manual' });
    expect(Object.fromEntries(sent?.headers ?? [])).toEqual({
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/json',
      'if-modified-since': 'Tue, 01 Apr 2026 10:00:00 GMT',
      'sforce-call-options': 'client=front-sidebar',
      'x-prettyprint': '1',
    });
  });

  it('forwards a conditional update with its body and If-Unmodified-Since, and passes the 412 back', async () => {
    const conflict = [{ errorCode: 'PRECONDITION_FAILED', message: 'The record was modified' }];
    const { forwarded, proxy } = await serve(() => Response.json(conflict, { status: 412, headers: { 'Sforce-Limit-Info': 'api-usage=18/15000' } }));

    const response = await proxy(`${INSTANCE}/services/data/v62.0/sobjects/Contact/003000000000001AAA`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', 'If-Unmodified-Since': 'Wed, 02 Apr 2026 09:30:00 GMT', 'Sforce-Duplicate-Rule-Header': 'allowSave=true' },
      body: JSON.stringify({ Title: 'CTO' }),
    });

    expect(response.status).toBe(412);
    expect(await response.json()).toEqual(conflict);
    expect(response.headers.get('sforce-limit-info')).toBe('api-usage=18/15000');
    expect(forwarded[0]?.init.method).toBe('PATCH');
    expect(forwarded[0]?.body).toBe('{"Title":"CTO"}');
    expect(forwarded[0]?.headers.get('if-unmodified-since')).toBe('Wed, 02 Apr 2026 09:30:00 GMT');
    expect(forwarded[0]?.headers.get('sforce-duplicate-rule-header')).toBe('allowSave=true');
  });

  it('passes back Salesforce headers and a 304, but never cookies, and forbids caching', async () => {
    const { proxy } = await serve(
      () =>
        new Response(null, {
          status: 304,
          headers: { 'Last-Modified': 'Tue, 01 Apr 2026 10:00:00 GMT', 'Sforce-Limit-Info': 'api-usage=7/15000', 'Set-Cookie': 'BrowserId=xyz; Domain=.salesforce.com', 'Cache-Control': 'public, max-age=600' },
        }),
    );

    const response = await proxy(`${INSTANCE}/services/data/v62.0/sobjects/Contact/describe`, { headers: { 'If-Modified-Since': 'Tue, 01 Apr 2026 10:00:00 GMT' } });

    expect(response.status).toBe(304);
    expect(response.headers.get('last-modified')).toBe('Tue, 01 Apr 2026 10:00:00 GMT');
    expect(response.headers.get('sforce-limit-info')).toBe('api-usage=7/15000');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('forwards SOAP and OAuth posts with their bodies', async () => {
    const { forwarded, proxy } = await serve(() => Response.json({ access_token: 'new', instance_url: INSTANCE }));

    await proxy('https://login.salesforce.com/services/oauth2/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&refresh_token=5Aep861secret&client_id=3MVG9',
    });
    await proxy(`${INSTANCE}/services/Soap/u/62.0`, { method: 'POST', headers: { 'Content-Type': 'text/xml', SOAPAction: '""' }, body: '<soapenv:Envelope/>' });

    expect(forwarded.map((sent) => [sent.url, sent.body])).toEqual([
      ['https://login.salesforce.com/services/oauth2/token', 'grant_type=refresh_token&refresh_token=5Aep861secret&client_id=3MVG9'],
      [`${INSTANCE}/services/Soap/u/62.0`, '<soapenv:Envelope/>'],
    ]);
    expect(forwarded[1]?.headers.get('soapaction')).toBe('""');
  });

  it('does not follow a redirect, and does not reveal where it pointed', async () => {
    const { forwarded, proxy } = await serve(() => new Response(null, { status: 302, headers: { Location: 'https://evil.example/steal' } }));

    const response = await proxy(`${INSTANCE}/services/data/v62.0/limits`, { headers: { Authorization: `Bearer ${TOKEN}` } });

    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.json()).toEqual([{ errorCode: 'PROXY_REDIRECT_REFUSED', message: expect.stringContaining('redirect') as string }]);
    expect(forwarded).toHaveLength(1);
    expect(forwarded[0]?.init.redirect).toBe('manual');
  });

  it.each([
    ['a look-alike host', 'https://login.salesforce.com.evil.example/services/oauth2/token'],
    ['a userinfo trick', 'https://login.salesforce.com@evil.example/'],
    ['an IP address', 'https://169.254.169.254/latest/meta-data'],
    ['plain http', 'http://acme.my.salesforce.com/services/data'],
    ['no endpoint at all', undefined],
  ])('refuses %s with a 403 and sends nothing', async (_, endpoint) => {
    const { forwarded, proxy } = await serve(() => Response.json({}));

    const response = await proxy(endpoint, { headers: { Authorization: `Bearer ${TOKEN}` } });

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual([{ errorCode: 'PROXY_ENDPOINT_REFUSED', message: expect.stringMatching(/^The proxy refused this request: /) as string }]);
    expect(forwarded).toHaveLength(0);
  });

  it('refuses methods outside GET/HEAD/POST/PATCH/PUT/DELETE', async () => {
    const { forwarded, proxy } = await serve(() => Response.json({}));

    const response = await proxy(`${INSTANCE}/services/data`, { method: 'OPTIONS' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST, PATCH, PUT, DELETE');
    expect(forwarded).toHaveLength(0);
  });

  it('refuses a body over the size limit before calling Salesforce', async () => {
    const { forwarded, proxy } = await serve(() => Response.json({}), { maxBodyBytes: 1024 });

    const response = await proxy(`${INSTANCE}/services/data/v62.0/sobjects/Note`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ Body: 'x'.repeat(2048) }) });

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual([{ errorCode: 'PROXY_BODY_TOO_LARGE', message: expect.any(String) as string }]);
    expect(forwarded).toHaveLength(0);
  });

  it('answers 504 when Salesforce does not answer in time', async () => {
    const { proxy } = await serve(() => Response.json({}), {
      timeoutMs: 50,
      fetch: (_, init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error))),
    });

    const response = await proxy(`${INSTANCE}/services/data/v62.0/limits`);

    expect(response.status).toBe(504);
    expect(await response.json()).toEqual([{ errorCode: 'PROXY_TIMEOUT', message: 'Salesforce did not answer in time. Try again in a moment.' }]);
  });

  it('answers 502 when Salesforce cannot be reached, logging neither the URL nor the token', async () => {
    const { logger, proxy } = await serve(() => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND acme.my.salesforce.com?q=secret'), { code: 'ENOTFOUND' }) })));

    const response = await proxy(`${INSTANCE}/services/data/v62.0/query?q=SELECT+Email+FROM+Contact`, { headers: { Authorization: `Bearer ${TOKEN}` } });

    expect(response.status).toBe(502);
    expect(await response.json()).toEqual([{ errorCode: 'PROXY_UPSTREAM_UNREACHABLE', message: 'Salesforce could not be reached. Try again in a moment.' }]);
    expect(logger.errors).toEqual(['proxy: GET acme.my.salesforce.com failed: TypeError (ENOTFOUND)']);
  });

  it('logs the method, Salesforce host, path and status — never the query, headers or body', async () => {
    const { logger, proxy } = await serve(() => Response.json({ records: [] }));

    await proxy(`${INSTANCE}/services/data/v62.0/query?q=SELECT+Id+FROM+Contact+WHERE+Email='maya@acme.example'`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    await proxy('https://login.salesforce.com/services/oauth2/token', { method: 'POST', body: 'refresh_token=5Aep861secret' });

    expect(await logLines(logger, 2)).toEqual(['GET acme.my.salesforce.com/services/data/v62.0/query 200', 'POST login.salesforce.com/services/oauth2/token 200']);
    for (const secret of [TOKEN, 'maya@acme.example', 'SELECT', '5Aep861secret', '1718000000000']) expect(logger.text()).not.toContain(secret);
  });
});
