import type { SetupServer } from 'msw/node';
import { onTestFinished } from 'vitest';
import { createSalesforceConnection, type SalesforceConnectionOptions } from '../../src/salesforce';
import type { FakeOrgHarness } from '../support/fake-org';

export const TEST_CLIENT_ID = '3MVG9test-client-id';

/** A real jsforce connection to the fake org behind msw. */
export function connectTo(harness: FakeOrgHarness, options: Partial<SalesforceConnectionOptions> = {}) {
  return createSalesforceConnection({ instanceUrl: harness.instanceUrl, accessToken: harness.accessToken, ...options });
}

/** A connection that can refresh its session, holding a refresh token the org issued for TEST_CLIENT_ID. */
export function connectWithRefresh(harness: FakeOrgHarness, options: Partial<SalesforceConnectionOptions> = {}) {
  const refreshToken = harness.org.auth.issueRefreshToken(TEST_CLIENT_ID, harness.org.userId);
  const conn = connectTo(harness, { clientId: TEST_CLIENT_ID, refreshToken, loginUrl: harness.instanceUrl, ...options });
  return { conn, refreshToken };
}

/** HTTP statuses of the responses the fake org sends from now on, in order. */
export function recordStatuses(server: SetupServer): number[] {
  const statuses: number[] = [];
  const listener = ({ response }: { response: Response }) => void statuses.push(response.status);
  server.events.on('response:mocked', listener);
  onTestFinished(() => server.events.removeListener('response:mocked', listener));
  return statuses;
}
