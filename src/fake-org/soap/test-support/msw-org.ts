import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { oauthHandlers } from '../../handlers/oauth-handlers';
import { soapHandlers } from '../../handlers/soap-handlers';
import type { FakeOrg } from '../../org';
import { minimalOrg } from './minimal-org';

/**
 * Gives every test a fresh minimal org served by msw/node (SOAP and OAuth endpoints); returns a getter.
 * Unhandled requests fail the test, so nothing reaches the network.
 */
export function serveMinimalOrg(now?: () => Date): () => FakeOrg {
  const server = setupServer();
  let org: FakeOrg | undefined;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    const fresh = minimalOrg(now);
    org = fresh;
    server.resetHandlers(...soapHandlers(fresh), ...oauthHandlers(fresh));
  });
  afterAll(() => server.close());
  return () => {
    if (!org) throw new Error('serveMinimalOrg(): the org exists only inside tests');
    return org;
  };
}
