import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { describeOrNull, describeQueryKey, useSalesforce, type DescribeQueryInput, type SObjectDescribe } from '../../salesforce';
import { customChildren, SETTINGS_PARENTS, SETTINGS_STANDARD } from './settings-objects';

const FORCE = { force: true } as const;
// The panel describes Notes too (for its notes block); a reload refreshes everything the panel relies on.
const PANEL_OBJECTS = [...SETTINGS_STANDARD, 'Note'];

function cachedDescribeNames(queryClient: QueryClient, orgKey: string): string[] {
  return queryClient
    .getQueriesData({ queryKey: ['salesforce', orgKey, 'describe'] })
    .map(([key]) => key[3])
    .filter((name): name is string => typeof name === 'string');
}

/**
 * Describes every object again, skipping the browser's describe cache, and puts the answers in the shared
 * describe queries: an admin who just added a custom object or field sees it without waiting for the cache.
 */
export async function reloadDescribes(queryClient: QueryClient, { client, orgKey }: DescribeQueryInput): Promise<void> {
  const reload = (names: readonly string[]) =>
    Promise.all(
      names.map(async (name) => {
        const describe = await describeOrNull(client, name, FORCE);
        queryClient.setQueryData(describeQueryKey(orgKey, name), describe);
        return describe;
      }),
    );
  const first = [...new Set([...PANEL_OBJECTS, ...cachedDescribeNames(queryClient, orgKey)])];
  const [, described] = await Promise.all([client.describeGlobal(FORCE), reload(first)]);
  const isParent = (describe: SObjectDescribe | null): describe is SObjectDescribe =>
    describe !== null && SETTINGS_PARENTS.some((name) => name === describe.name);
  const children = new Set(described.filter(isParent).flatMap(customChildren));
  await reload([...children].filter((name) => !first.includes(name)));
  // The panel's results embed the describes they were read with: the next visit reads them again.
  await queryClient.invalidateQueries({ queryKey: ['salesforce', orgKey, 'sender-panel'] });
}

export function useReloadDescribes() {
  const queryClient = useQueryClient();
  const { client, orgKey } = useSalesforce();
  return useMutation({ mutationFn: () => reloadDescribes(queryClient, { client, orgKey }) });
}
