import { queryOptions } from '@tanstack/react-query';
import { isSalesforceError, type SalesforceClient, type SObjectDescribe } from '../../salesforce';

// The panel caches describes under this same key with this same data (null for an object the user can't see),
// so the settings screen and the panel share one cache and a reload here refreshes the panel too.
const DESCRIBE_STALE_MS = 30 * 60_000;

export interface DescribeInput {
  readonly client: SalesforceClient;
  readonly orgKey: string;
}

export const describeQueryKey = (orgKey: string, sobject: string) => ['salesforce', orgKey, 'describe', sobject] as const;

/** Describes an object; null when Salesforce says it doesn't exist for this user. */
export async function describeOrNull(client: SalesforceClient, sobject: string, options?: { force?: boolean }): Promise<SObjectDescribe | null> {
  try {
    return await client.describe(sobject, options);
  } catch (error) {
    if (isSalesforceError(error, 'NOT_FOUND')) return null;
    throw error;
  }
}

export function describeQueryOptions({ client, orgKey }: DescribeInput, sobject: string) {
  // The client belongs to orgKey: the key names the org, not the object that talks to it.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: describeQueryKey(orgKey, sobject),
    queryFn: () => describeOrNull(client, sobject),
    staleTime: DESCRIBE_STALE_MS,
    gcTime: DESCRIBE_STALE_MS,
  });
}
