import { setupWorker } from 'msw/browser';
import { createFakeOrg } from '../../fake-org/create-fake-org';
import { fakeOrgHandlers } from '../../fake-org/handlers';
import type { FakeOrg } from '../../fake-org/org';
import { faultsFor, scenarioFromSearch } from './scenarios';

// The demo's session: the fake org accepts it from the start, so the demo opens connected.
const DEMO_ACCESS_TOKEN = '00D5g000004ZmKt!AQdemo-session';

declare global {
  interface Window {
    /** The demo's in-browser org, for browser tests and curious developers (demo builds only). */
    __fakeOrg?: FakeOrg;
  }
}

export interface DemoSession {
  readonly instanceUrl: string;
  readonly accessToken: string;
  readonly org: FakeOrg;
}

/**
 * Starts the fake Salesforce org inside this page: msw's service worker answers every request to the org's
 * URLs, so the real jsforce client talks to it exactly as it would to Salesforce.
 */
export async function startDemoOrg(search: string): Promise<DemoSession> {
  const org = createFakeOrg({ accessTokens: [DEMO_ACCESS_TOKEN] });
  Object.assign(org.faults, faultsFor(scenarioFromSearch(search)));
  const worker = setupWorker(...fakeOrgHandlers(org));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  window.__fakeOrg = org;
  return { instanceUrl: org.instanceUrl, accessToken: DEMO_ACCESS_TOKEN, org };
}
