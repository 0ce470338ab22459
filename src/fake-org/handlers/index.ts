import type { HttpHandler } from 'msw';
import type { FakeOrg } from '../org';
import { oauthHandlers } from './oauth-handlers';
import { restHandlers } from './rest-handlers';
import { soapHandlers } from './soap-handlers';

/** Every endpoint the fake org serves: REST, SOAP and OAuth. The same list backs vitest, the demo and the CLI. */
export function fakeOrgHandlers(org: FakeOrg): HttpHandler[] {
  return [...restHandlers(org), ...soapHandlers(org), ...oauthHandlers(org)];
}
