import type { QueryClient } from '@tanstack/react-query';
import { describeQueryOptions, SalesforceError, type DescribeQueryInput, type SObjectDescribe } from '../../salesforce';

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
