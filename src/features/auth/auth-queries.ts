import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { soql, type ApiUsage, type SalesforceClient } from '../../salesforce';

/** The third key segment of this feature's queries. */
export const AUTH_QUERY_SCOPE = 'auth';

export const authKeys = {
  all: (orgKey: string) => ['salesforce', orgKey, AUTH_QUERY_SCOPE] as const,
  userInfo: (orgKey: string) => [...authKeys.all(orgKey), 'user-info'] as const,
  orgName: (orgKey: string) => [...authKeys.all(orgKey), 'org-name'] as const,
  apiUsage: (orgKey: string) => [...authKeys.all(orgKey), 'api-usage'] as const,
};

/** Who is signed in; it does not change during a session. */
export function userInfoQueryOptions(client: SalesforceClient, orgKey: string) {
  return queryOptions({
    queryKey: authKeys.userInfo(orgKey),
    queryFn: () => client.userInfo(),
    staleTime: Infinity,
  });
}

const organizationSchema = z.looseObject({ Name: z.string() });

/** The org's name (one API call, made only when the settings show it, and once a session). */
export function orgNameQueryOptions(client: SalesforceClient, orgKey: string) {
  return queryOptions({
    queryKey: authKeys.orgName(orgKey),
    queryFn: async () => {
      const { records } = await client.query(soql.select(['Name']).from('Organization').limit(1), { recordSchema: organizationSchema });
      return records[0]?.Name ?? null;
    },
    staleTime: Infinity,
  });
}

/**
 * The org's API usage once the limit is hit: from the last response's Sforce-Limit-Info header when it had one
 * (free), else from GET /limits, read once — asking again would only spend what is left.
 */
export function apiUsageQueryOptions(client: SalesforceClient, orgKey: string) {
  return queryOptions({
    queryKey: authKeys.apiUsage(orgKey),
    queryFn: async (): Promise<ApiUsage | null> => {
      const fromHeader = client.apiUsage();
      if (fromHeader) return fromHeader;
      const daily = (await client.limits()).DailyApiRequests;
      return daily ? { used: daily.Max - daily.Remaining, limit: daily.Max } : null;
    },
    staleTime: Infinity,
    retry: false,
  });
}
