import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestLogEntry, ServerLogger } from '../request-log';

export const SECRET_BESIDE_DIST = 'the-secret-next-to-dist';

/** A build output in a fresh directory, with a secret file beside it that no request may reach. */
export function tempDist(): string {
  const parent = mkdtempSync(join(tmpdir(), 'server-dist-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(dist, 'src', 'app', 'oauth-callback'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Salesforce for Front</title><script type="module" src="/assets/main-AbC123.js"></script>');
  writeFileSync(join(dist, 'src', 'app', 'oauth-callback', 'index.html'), '<!doctype html><title>Signing in…</title>');
  writeFileSync(join(dist, 'assets', 'main-AbC123.js'), 'console.log("plugin");');
  writeFileSync(join(dist, 'assets', 'main-AbC123.css'), 'body { margin: 0 }');
  writeFileSync(join(dist, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dist, '.env'), SECRET_BESIDE_DIST);
  writeFileSync(join(parent, 'secret.txt'), SECRET_BESIDE_DIST);
  return dist;
}

export interface CapturedLogger extends ServerLogger {
  readonly requests: RequestLogEntry[];
  readonly errors: string[];
  /** Everything logged, as one string, to search for what must never appear. */
  text(): string;
}

export function captureLogger(): CapturedLogger {
  const requests: RequestLogEntry[] = [];
  const errors: string[] = [];
  return {
    requests,
    errors,
    request: (entry) => void requests.push(entry),
    error: (message) => void errors.push(message),
    text: () => JSON.stringify({ requests, errors }),
  };
}

/** A GET with the path sent exactly as written: fetch would resolve `..` and escapes before sending. */
export function rawGet(baseUrl: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The access log once `count` requests are in, as sorted "METHOD [host]path status" lines: entries are written
 * when a response closes, which need not follow the order the requests were sent in.
 */
export async function logLines(logger: CapturedLogger, count: number): Promise<string[]> {
  for (let attempt = 0; logger.requests.length < count && attempt < 100; attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
  return logger.requests.map(({ method, upstreamHost = '', path, status }) => `${method} ${upstreamHost}${path} ${status}`).sort();
}
