import type { HttpHandler } from 'msw';
import type { FakeOrg } from '../org';
import { authorizeHandlers } from './oauth-authorize';
import { oauthOrigins } from './oauth-hosts';
import { identityHandlers } from './oauth-identity';
import { revokeHandlers } from './oauth-revoke';
import { tokenHandler } from './oauth-token';

/**
 * The org's OAuth 2.0 endpoints at its My Domain and at login/test.salesforce.com. These are not API
 * calls: they never count toward the API limit, and only latency and expiredSession affect them.
 */
export function oauthHandlers(org: FakeOrg): HttpHandler[] {
  return oauthOrigins(org).flatMap((origin) => [
    ...authorizeHandlers(org, origin),
    tokenHandler(org, origin),
    ...revokeHandlers(org, origin),
    ...identityHandlers(org, origin),
  ]);
}
