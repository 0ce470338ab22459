import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { conversationsPath, devHostPlugin } from './vite-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
function hook(plugin: Plugin, name: keyof Plugin): Hook {
  const value = plugin[name] as Hook | { handler: Hook };
  return typeof value === 'function' ? value : value.handler;
}

function loadVirtualModule(plugin: Plugin): string {
  const resolved = hook(plugin, 'resolveId').call({}, 'virtual:demo-conversations');
  return hook(plugin, 'load').call({ addWatchFile: () => undefined }, resolved) as string;
}

/** Writes the file in a fresh directory, returned as the working directory DEMO_CONVERSATIONS is relative to. */
function tempFile(content: string): { cwd: string; path: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'demo-conversations-'));
  const path = join(cwd, 'conversations.json');
  writeFileSync(path, content);
  return { cwd, path };
}

function middlewareOf(plugin: Plugin, hookName: 'configureServer' | 'configurePreviewServer'): Connect.NextHandleFunction {
  let registered: Connect.NextHandleFunction | undefined;
  const server = { middlewares: { use: (fn: Connect.NextHandleFunction) => (registered = fn) } } as unknown as ViteDevServer & PreviewServer;
  hook(plugin, hookName).call({}, server);
  if (!registered) throw new Error(`${hookName} registered no middleware`);
  return registered;
}

function rewrite(middleware: Connect.NextHandleFunction, url: string): string | undefined {
  const req = { url } as IncomingMessage;
  middleware(req, {} as ServerResponse, () => undefined);
  return req.url;
}

describe('devHostPlugin', () => {
  it('serves the bundled conversations as the virtual module', () => {
    const code = loadVirtualModule(devHostPlugin());

    expect(code).toMatch(/^export default \[/);
    expect(code).toContain('"maya.chen@acme.example"');
  });

  it('reads DEMO_CONVERSATIONS instead, relative to the working directory', () => {
    const { cwd, path } = tempFile(JSON.stringify([{ id: 'cnv_x', type: 'email', subject: 'Custom', messages: [{ id: 'msg_x', date: '2026-04-01T10:00:00Z', status: 'inbound', from: { handle: 'x@y.example', type: 'email' }, to: [], body: 'Hi', bodyType: 'text' }] }]));
    const options = { env: { DEMO_CONVERSATIONS: 'conversations.json' }, cwd };

    expect(conversationsPath(options)).toBe(path);
    expect(loadVirtualModule(devHostPlugin(options))).toContain('"cnv_x"');
  });

  it('fails at start with the path and the problem when the file is invalid', () => {
    const { path } = tempFile(JSON.stringify([{ id: 'cnv_x', type: 'email', subject: 'No messages', messages: [] }]));

    const start = () => hook(devHostPlugin({ env: { DEMO_CONVERSATIONS: path } }), 'buildStart').call({});

    expect(start).toThrow(`${path} is not a valid conversations file`);
    expect(start).toThrow(/messages/);
  });

  it('fails with the path when the file is missing', () => {
    const plugin = devHostPlugin({ env: { DEMO_CONVERSATIONS: 'no/such/conversations.json' }, cwd: '/srv/demo' });

    expect(() => hook(plugin, 'buildStart').call({})).toThrow('Cannot read the demo conversations file /srv/demo/no/such/conversations.json');
  });

  it.each(['configureServer', 'configurePreviewServer'] as const)('%s serves the dev host at "/", keeping the query string', (hookName) => {
    const middleware = middlewareOf(devHostPlugin(), hookName);

    expect(rewrite(middleware, '/')).toBe('/src/dev-host/index.html');
    expect(rewrite(middleware, '/?scenario=slow')).toBe('/src/dev-host/index.html?scenario=slow');
    expect(rewrite(middleware, '/index.html?scenario=slow')).toBe('/index.html?scenario=slow');
    expect(rewrite(middleware, '/src/app/main.tsx')).toBe('/src/app/main.tsx');
  });

  it.each(['configureServer', 'configurePreviewServer'] as const)('%s serves the OAuth callback page at /oauth/callback', (hookName) => {
    const middleware = middlewareOf(devHostPlugin(), hookName);

    expect(rewrite(middleware, '/oauth/callback?code=aPrx1&state=s1')).toBe('/src/app/oauth-callback/index.html?code=aPrx1&state=s1');
    expect(rewrite(middleware, '/oauth/callbacks')).toBe('/oauth/callbacks');
  });
});
