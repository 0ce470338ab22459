import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createFakeOrg, type CreateFakeOrgOptions } from '../../src/fake-org/create-fake-org';
import { fakeOrgHandlers } from '../../src/fake-org/handlers';
import type { FakeOrg } from '../../src/fake-org/org';

export const TEST_ACCESS_TOKEN = '00D5g000004ZmKt!AQtest-access-token';

export interface FakeOrgHarness {
  org: FakeOrg;
  instanceUrl: string;
  accessToken: string;
  server: SetupServer;
}

/** A fake org behind msw/node; unhandled requests fail loudly so nothing reaches the network. */
export function startFakeOrg(options: CreateFakeOrgOptions = {}): FakeOrgHarness {
  const org = createFakeOrg({ accessTokens: [TEST_ACCESS_TOKEN], ...options });
  const server = setupServer(...fakeOrgHandlers(org));
  server.listen({ onUnhandledRequest: 'error' });
  return { org, instanceUrl: org.instanceUrl, accessToken: TEST_ACCESS_TOKEN, server };
}

/**
 * Registers vitest hooks giving every test a fresh, freshly seeded org; returns a getter for it.
 * One msw server serves the whole file; its handlers are swapped for each new org.
 */
export function withFakeOrg(options: CreateFakeOrgOptions = {}): () => FakeOrgHarness {
  let harness: FakeOrgHarness | undefined;
  beforeAll(() => {
    harness = startFakeOrg(options);
  });
  beforeEach(() => {
    if (!harness) return;
    const org = createFakeOrg({ accessTokens: [TEST_ACCESS_TOKEN], ...options });
    harness.server.resetHandlers(...fakeOrgHandlers(org));
    harness = { ...harness, org, instanceUrl: org.instanceUrl };
  });
  afterAll(() => harness?.server.close());
  return () => {
    if (!harness) throw new Error('withFakeOrg(): the org exists only inside tests');
    return harness;
  };
}
