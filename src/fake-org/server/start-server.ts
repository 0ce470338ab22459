import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createFakeOrg } from '../create-fake-org';
import { fakeOrgHandlers } from '../handlers';
import type { FakeOrg } from '../org';
import { parseSeed } from '../seed';
import { toFetchRequest, writeFetchResponse } from './node-bridge';

export interface FakeOrgServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The access token to accept; generated when omitted. */
  token?: string;
  /** A JSON seed file (see README); the default seed when omitted. */
  seedFile?: string;
}

export interface RunningFakeOrg {
  instanceUrl: string;
  accessToken: string;
  org: FakeOrg;
  close: () => Promise<void>;
}

/** Serves the fake org's msw handlers over real HTTP on 127.0.0.1, for any client (jsforce, curl). */
export async function startFakeOrgServer(options: FakeOrgServerOptions): Promise<RunningFakeOrg> {
  const seed = options.seedFile ? parseSeed(await readFile(options.seedFile, 'utf8')) : undefined;
  const accessToken = options.token ?? `00D5g000004ZmKt!AQ${randomBytes(32).toString('base64url')}`;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const instanceUrl = `http://127.0.0.1:${port}`;
  const org = createFakeOrg({ instanceUrl, seed, accessTokens: [accessToken] });
  const handlers = fakeOrgHandlers(org);

  server.on('request', (req, res) => {
    void (async () => {
      try {
        const response = await getResponse(handlers, await toFetchRequest(req, instanceUrl));
        await writeFetchResponse(
          response ?? Response.json([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }], { status: 404 }),
          res,
        );
      } catch (error) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify([{ errorCode: 'UNKNOWN_EXCEPTION', message: error instanceof Error ? error.message : 'Unexpected error' }]));
      }
    })();
  });

  return {
    instanceUrl,
    accessToken,
    org,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
