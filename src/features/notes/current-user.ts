import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { toSalesforceError, type SalesforceClient } from '../../salesforce';

export interface CurrentUser {
  readonly id: string;
  readonly name: string;
}

const userInfoSchema = z.looseObject({ user_id: z.string().regex(/^005/), name: z.string() });

/**
 * The signed-in user, for the Owner field's default. OpenID Connect's userinfo endpoint answers with the id and
 * the name in one request, needs no id up front (unlike a User query; jsforce only knows the id after its own
 * login flow) and is an OAuth endpoint, not a REST API resource. A user never changes within a session, so it is
 * fetched once per org key.
 */
export function currentUserQueryOptions(client: SalesforceClient, orgKey: string) {
  return queryOptions({
    queryKey: ['salesforce', orgKey, 'current-user'],
    queryFn: async (): Promise<CurrentUser> => {
      let body: unknown;
      try {
        body = await client.connection.request({ method: 'GET', url: '/services/oauth2/userinfo' });
      } catch (error) {
        throw toSalesforceError(error);
      }
      const info = userInfoSchema.parse(body);
      return { id: info.user_id, name: info.name };
    },
    staleTime: Infinity,
  });
}
