import { queryOptions } from '@tanstack/react-query';
import type { SalesforceClient } from '../../salesforce';

/**
 * The signed-in user's id, the Salesforce sender of the team's replies. OpenID userinfo is not an API call
 * toward the org's limit, and who is signed in does not change during a session.
 */
export function signedInUserQueryOptions(client: SalesforceClient, orgKey: string) {
  return queryOptions({
    queryKey: ['salesforce', orgKey, 'log-email-user'] as const,
    queryFn: async () => (await client.userInfo()).userId,
    staleTime: Infinity,
  });
}
