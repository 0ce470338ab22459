import type { AddressInfo } from 'node:net';
import { createServer, preview, type InlineConfig } from 'vite';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { UpstreamFetch } from './proxy-handler';
import { captureLogger, logLines, tempDist } from './test-support/server-fixtures';
import { salesforceServerPlugin, type SalesforceServerPluginOptions } from './vite-plugin';

const ENV = { SALESFORCE_CLIENT_ID: '3MVG9example', SALESFORCE_LOGIN_URL: 'https://acme.my.salesforce.com' };
const STATE = 'dev-server-state-0123456789';

function pluginOptions() {
  const forwarded: string[] = [];
  const fetch: UpstreamFetch = (url) => {
    forwarded.push(url.href);
    return Promise.resolve(Response.json({ records: [] }, { headers: { 'Sforce-Limit-Info': 'api-usage=3/15000' } }));
  };
  const logger = captureLogger();
  return { forwarded, logger, options: { env: ENV, fetch, logger } satisfies SalesforceServerPluginOptions };
}

function inlineConfig(options: SalesforceServerPluginOptions): InlineConfig {
  // The dev server serves the root's sources, preview the build output: one directory serves as both.
  const dist = tempDist();
  return {
    configFile: false,
    root: dist,
    logLevel: 'silent',
    plugins: [salesforceServerPlugin(options)],
    server: { host: '127.0.0.1', port: 0, watch: null },
    preview: { host: '127.0.0.1', port: 0 },
    build: { outDir: dist },
    optimizeDeps: { noDiscovery: true },
  };
}

async function startDev(options: SalesforceServerPluginOptions): Promise<string> {
  const server = await createServer(inlineConfig(options));
  await server.listen();
  onTestFinished(() => server.close());
  return `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}`;
}

async function startPreview(options: SalesforceServerPluginOptions): Promise<string> {
  const server = await preview(inlineConfig(options));
  onTestFinished(() => server.close());
  return `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
}

describe.each([
  ['npm run dev', startDev],
  ['vite preview', startPreview],
])('salesforceServerPlugin in %s', (_, start) => {
  it('serves /config.json from the SALESFORCE_* variables', async () => {
    const url = await start(pluginOptions().options);

    const response = await fetch(`${url}/config.json`);

    expect(await response.json()).toEqual({
      transport: 'proxy',
      salesforce: { clientId: '3MVG9example', loginUrl: 'https://acme.my.salesforce.com', apiVersion: '62.0' },
    });
  });

  it('proxies to Salesforce hosts only, with the same protocol and logs as npm start', async () => {
    const { forwarded, logger, options } = pluginOptions();
    const url = await start(options);
    const endpoint = 'https://acme.my.salesforce.com/services/data/v62.0/query?q=SELECT+Id+FROM+Contact';

    const allowed = await fetch(`${url}/salesforce-proxy?123`, { headers: { 'salesforceproxy-endpoint': endpoint } });
    const refused = await fetch(`${url}/salesforce-proxy?124`, { headers: { 'salesforceproxy-endpoint': 'https://evil.example/' } });

    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('sforce-limit-info')).toBe('api-usage=3/15000');
    expect(refused.status).toBe(403);
    expect(forwarded).toEqual([endpoint]);
    expect(await logLines(logger, 2)).toEqual(['GET /salesforce-proxy 403', 'GET acme.my.salesforce.com/services/data/v62.0/query 200']);
  });

  it('hands over an OAuth result once', async () => {
    const url = await start(pluginOptions().options);

    await fetch(`${url}/oauth/handoff`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ state: STATE, code: 'c0de' }) });
    const first = await fetch(`${url}/oauth/handoff/${STATE}`);
    const second = await fetch(`${url}/oauth/handoff/${STATE}`);

    expect(await first.json()).toEqual({ state: STATE, code: 'c0de' });
    expect(second.status).toBe(204);
  });

  it('leaves every other request to Vite, unlogged', async () => {
    const { logger, options } = pluginOptions();
    const url = await start(options);

    const page = await fetch(`${url}/index.html`);

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Salesforce for Front</title>');
    expect(logger.requests).toEqual([]);
  });
});

describe('salesforceServerPlugin configuration', () => {
  it('stops the dev server at start when a variable is invalid, naming it', async () => {
    const options = { ...pluginOptions().options, env: { ...ENV, SALESFORCE_LOGIN_URL: 'http://acme.my.salesforce.com' } };

    await expect(createServer(inlineConfig(options))).rejects.toThrow(/SALESFORCE_LOGIN_URL/);
  });

  it('runs the demo when no client id is set', async () => {
    const url = await startDev({ ...pluginOptions().options, env: {} });

    expect(await (await fetch(`${url}/config.json`)).json()).toEqual({ transport: 'demo' });
  });
});
