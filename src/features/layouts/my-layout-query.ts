import { queryOptions } from '@tanstack/react-query';
import { readMyLayouts, type MyLayoutOwner } from './my-layout-storage';

export const myLayoutQueryKey = ({ orgKey, teammateId }: MyLayoutOwner) => ['salesforce', orgKey, 'my-layout', teammateId] as const;

/** My changes live in this browser: read synchronously, so the panel's first query already uses them. */
export function myLayoutQueryOptions(owner: MyLayoutOwner) {
  return queryOptions({
    queryKey: myLayoutQueryKey(owner),
    queryFn: () => readMyLayouts(owner),
    initialData: () => readMyLayouts(owner),
    staleTime: Infinity,
  });
}
