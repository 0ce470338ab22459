import type { BrowserContext, Request as PlaywrightRequest, Route } from '@playwright/test';
import { getResponse } from 'msw';
import { createFakeOrg } from '../../src/fake-org/create-fake-org';
import { fakeOrgHandlers } from '../../src/fake-org/handlers';
import { DEFAULT_INSTANCE_URL, type FakeOrg } from '../../src/fake-org/org';

// One fake Salesforce org in the test process, answering https://demo.my.salesforce.com for every browser context
// connected to it: teammates on different machines, each with their own browser storage, sharing one org. The app
// runs its production `direct` transport (the second webServer in playwright.config.ts) and reaches "Salesforce"
// over what looks to the browser like the network; nothing in the app knows it is a test.

export const SALESFORCE_ORIGIN = DEFAULT_INSTANCE_URL;

/** The build served with SALESFORCE_TRANSPORT=direct (see playwright.config.ts). */
export function directAppUrl(): string {
  const port = process.env.E2E_DIRECT_PORT;
  if (!port) throw new Error('E2E_DIRECT_PORT is not set: run the specs with test/e2e/playwright.config.ts');
  return `http://localhost:${port}`;
}

export interface ConnectOptions {
  /** The app's origin: the one origin this org's CORS allowlist holds. */
  readonly appOrigin: string;
  /**
   * The Salesforce user this browser signs in as. The fake org's authorize page has no login step (it signs in
   * its running user, Avery Admin); on Salesforce the teammate would type their own username there. The code the
   * consent returns is bound to this user instead, so the token exchange, every API call and every file-sharing
   * check afterwards are this user's.
   */
  readonly userId?: string;
}

export interface SharedOrg {
  readonly org: FakeOrg;
  /** Routes `context`'s requests to Salesforce (its popups' too) to this org. */
  connect(context: BrowserContext, options: ConnectOptions): Promise<void>;
}

export function createSharedOrg(): SharedOrg {
  const org = createFakeOrg({ instanceUrl: SALESFORCE_ORIGIN });
  const handlers = fakeOrgHandlers(org);

  const answer = async (route: Route, options: ConnectOptions) => {
    const request = route.request();
    const response =
      (await getResponse(handlers, await toFetchRequest(request))) ??
      Response.json([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }], { status: 404 });
    if (options.userId) bindCodeToUser(org, response, options.userId);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    await route.fulfill({
      status: response.status,
      headers: { ...headers, ...corsHeaders(await request.headerValue('origin'), options.appOrigin) },
      body: Buffer.from(await response.arrayBuffer()),
    });
  };

  return {
    org,
    connect: async (context, options) => {
      await context.route(`${SALESFORCE_ORIGIN}/**`, (route) => answer(route, options));
    },
  };
}

async function toFetchRequest(request: PlaywrightRequest): Promise<Request> {
  const method = request.method();
  const body = request.postDataBuffer();
  return new Request(request.url(), {
    method,
    headers: await request.allHeaders(),
    body: method === 'GET' || method === 'HEAD' || !body ? undefined : new Uint8Array(body),
    redirect: 'manual',
  });
}

/**
 * What Salesforce adds for an origin on the org's CORS allowlist. Set explicitly, so Playwright does not add its
 * own permissive header: an origin not on the list gets the listed one back, and the browser refuses the answer.
 * (Preflights never reach a route: Playwright answers them itself, so only the actual response is checked.)
 */
function corsHeaders(requestOrigin: string | null, appOrigin: string): Record<string, string> {
  if (!requestOrigin) return {};
  return { 'Access-Control-Allow-Origin': appOrigin, Vary: 'Origin' };
}

/** The consent's redirect carries the code: from now on it stands for `userId` (see ConnectOptions.userId). */
function bindCodeToUser(org: FakeOrg, response: Response, userId: string): void {
  const location = response.headers.get('Location');
  const code = location ? new URL(location).searchParams.get('code') : null;
  const grant = code ? org.auth.codes.get(code) : undefined;
  if (grant) grant.userId = userId;
}
