import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { parseDemoConversations } from './conversations-schema.ts';

const VIRTUAL_ID = 'virtual:demo-conversations';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;
const DEV_HOST_PAGE = '/src/dev-host/index.html';
const OAUTH_CALLBACK_PAGE = '/src/app/oauth-callback/index.html';
/** Pages served at a friendlier URL: the demo inbox at "/", and the OAuth callback where Salesforce redirects. */
const PAGE_AT: Readonly<Record<string, string>> = { '/': DEV_HOST_PAGE, '/oauth/callback': OAUTH_CALLBACK_PAGE };
const DEFAULT_CONVERSATIONS = fileURLToPath(new URL('./conversations.json', import.meta.url));

export interface DevHostPluginOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
}

/** DEMO_CONVERSATIONS (relative to the working directory) or the bundled demo inbox. */
export function conversationsPath({ env = process.env, cwd = process.cwd() }: DevHostPluginOptions = {}): string {
  return env.DEMO_CONVERSATIONS ? resolve(cwd, env.DEMO_CONVERSATIONS) : DEFAULT_CONVERSATIONS;
}

function readConversations(path: string) {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the demo conversations file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return parseDemoConversations(json, path);
}

/** The demo inbox lives at "/", so opening the dev server shows Front with the plugin in its sidebar. */
const serveDevHostAtRoot: Connect.NextHandleFunction = (req, _res, next) => {
  const url = req.url ?? '';
  const queryStart = url.indexOf('?');
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  const page = PAGE_AT[pathname];
  if (page) req.url = page + (queryStart === -1 ? '' : url.slice(queryStart));
  next();
};

/**
 * The demo's Front stand-in: serves `virtual:demo-conversations` from the validated conversations file, and
 * the dev host page at "/" in dev and preview. A bad file stops the server or build with the reason.
 */
export function devHostPlugin(options: DevHostPluginOptions = {}): Plugin {
  const path = conversationsPath(options);
  return {
    name: 'front-dev-host',
    buildStart() {
      readConversations(path);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_ID) return undefined;
      this.addWatchFile(path);
      return `export default ${JSON.stringify(readConversations(path))};`;
    },
    configureServer(server) {
      server.middlewares.use(serveDevHostAtRoot);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveDevHostAtRoot);
    },
  };
}
