import { queryOptions } from '@tanstack/react-query';
import { isSalesforceError, type SalesforceClient, type SObjectDescribe } from '../../salesforce';

// Metadata changes only when an admin edits the org, and the client revalidates describes with a 304 anyway.
const DESCRIBE_STALE_MS = 30 * 60_000;

/**
 * An object's describe; null when the object isn't available to this user (Salesforce answers NOT_FOUND).
 * Same key and meaning as the panel's describes, so a form opened from the panel reuses them.
 */
export function describeQueryOptions(client: SalesforceClient, orgKey: string, sobject: string) {
  return queryOptions({
    queryKey: ['salesforce', orgKey, 'describe', sobject] as const,
    queryFn: async (): Promise<SObjectDescribe | null> => {
      try {
        return await client.describe(sobject);
      } catch (error) {
        if (isSalesforceError(error, 'NOT_FOUND')) return null;
        throw error;
      }
    },
    staleTime: DESCRIBE_STALE_MS,
    gcTime: DESCRIBE_STALE_MS,
  });
}
