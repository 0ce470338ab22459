import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { isSalesforceError, SalesforceError, type SalesforceClient, type SObjectDescribe } from '../../salesforce';

// Metadata changes only when an admin edits the org; the client keeps describes on disk and revalidates them
// with a 304, so within a session one look every half hour is plenty and sender lookups stay one call each.
const DESCRIBE_STALE_MS = 30 * 60_000;

export interface DescribeQueryInput {
  readonly client: SalesforceClient;
  readonly orgKey: string;
}

/** null when the object is not available to this user (Salesforce answers NOT_FOUND for a hidden object). */
export function describeQueryOptions({ client, orgKey }: DescribeQueryInput, sobject: string) {
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

export type DescribeMap = Readonly<Record<string, SObjectDescribe>>;

/** Describes of the objects that exist for this user, in parallel, from the query cache when fresh. */
export async function loadDescribes(queryClient: QueryClient, input: DescribeQueryInput, names: readonly string[]): Promise<DescribeMap> {
  const loaded = await Promise.all(names.map((name) => queryClient.fetchQuery(describeQueryOptions(input, name))));
  const describes: Record<string, SObjectDescribe> = {};
  for (const describe of loaded) if (describe) describes[describe.name] = describe;
  return describes;
}

export function requireDescribe(describes: DescribeMap, sobject: string): SObjectDescribe {
  const describe = describes[sobject];
  if (!describe) throw new SalesforceError({ code: 'NOT_FOUND', serverMessage: `${sobject} is not available to this user.` });
  return describe;
}
