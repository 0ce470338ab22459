import { setupWorker } from 'msw/browser';
import { createFakeOrg } from '../../fake-org/create-fake-org';
import { fakeOrgHandlers } from '../../fake-org/handlers';
import { defineCustomObject } from '../../fake-org/metadata/define-custom-object';
import { wideObjectSpec } from '../../fake-org/metadata/objects/wide-object';
import type { FakeOrg } from '../../fake-org/org';
import { persistRefreshTokens } from './persist-refresh-tokens';
import { faultsFor, hasWideObject, scenarioFromSearch } from './scenarios';

declare global {
  interface Window {
    /** The demo's in-browser org, for browser tests and curious developers (demo builds only). */
    __fakeOrg?: FakeOrg;
  }
}

/**
 * Starts the fake Salesforce org inside this page: msw's service worker answers every request to the org's
 * URLs, so the real jsforce client — and the real sign-in — talk to it exactly as they would to Salesforce.
 */
export async function startDemoOrg(search: string): Promise<FakeOrg> {
  const org = createFakeOrg();
  persistRefreshTokens(org.auth, window.localStorage);
  const scenario = scenarioFromSearch(search);
  Object.assign(org.faults, faultsFor(scenario));
  if (hasWideObject(scenario)) defineCustomObject(org.metadata, wideObjectSpec(), org.instanceUrl);
  const worker = setupWorker(...fakeOrgHandlers(org));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  window.__fakeOrg = org;
  return org;
}
