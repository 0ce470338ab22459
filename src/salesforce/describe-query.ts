import { queryOptions } from '@tanstack/react-query';
import type { SalesforceClient } from './client';
import { isSalesforceError } from './errors';
import type { SObjectDescribe } from './schemas/describe';

// Metadata changes only when an admin edits the org, and the client keeps describes on disk and revalidates them
// with a 304: within a session one look every half hour is plenty, so sender lookups stay one call each.
const DESCRIBE_STALE_MS = 30 * 60_000;

export interface DescribeQueryInput {
  readonly client: SalesforceClient;
  readonly orgKey: string;
}

/** One key for every screen that describes an object, so the panel, forms and settings share one cache. */
export const describeQueryKey = (orgKey: string, sobject: string) => ['salesforce', orgKey, 'describe', sobject] as const;

/** An object's describe; null when the object isn't available to this user (Salesforce answers NOT_FOUND). */
export async function describeOrNull(client: SalesforceClient, sobject: string, options?: { force?: boolean }): Promise<SObjectDescribe | null> {
  try {
    return await client.describe(sobject, options);
  } catch (error) {
    if (isSalesforceError(error, 'NOT_FOUND')) return null;
    throw error;
  }
}

export function describeQueryOptions({ client, orgKey }: DescribeQueryInput, sobject: string) {
  // The client belongs to orgKey: the key names the org, not the object that talks to it.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: describeQueryKey(orgKey, sobject),
    queryFn: () => describeOrNull(client, sobject),
    staleTime: DESCRIBE_STALE_MS,
    gcTime: DESCRIBE_STALE_MS,
  });
}
