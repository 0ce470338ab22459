import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { isSalesforceError } from '../../salesforce';
import { AUTH_QUERY_SCOPE } from './auth-queries';

interface Outcome {
  readonly at: number;
  readonly error: unknown;
}

// The sign-in feature's own reads (who is signed in, the usage shown with this notice) say nothing about the limit.
const isOwnQuery = (queryKey: readonly unknown[]) => queryKey[2] === AUTH_QUERY_SCOPE;

// The most recent query or save to finish, whatever feature ran it: the limit is "reached" until something
// succeeds again.
function latestOutcome(queryClient: QueryClient): Outcome | undefined {
  const outcomes: Outcome[] = [
    ...queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => !isOwnQuery(query.queryKey))
      .map((query) => ({ at: Math.max(query.state.dataUpdatedAt, query.state.errorUpdatedAt), error: query.state.error })),
    ...queryClient
      .getMutationCache()
      .getAll()
      .filter((mutation) => mutation.state.status === 'success' || mutation.state.status === 'error')
      .map((mutation) => ({ at: mutation.state.submittedAt, error: mutation.state.error })),
  ];
  return outcomes.reduce<Outcome | undefined>((latest, outcome) => (!latest || outcome.at > latest.at ? outcome : latest), undefined);
}

/** Whether the latest Salesforce call anywhere in the panel failed on the org's API request limit. */
export function useApiLimitReached(): boolean {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const stopQueries = queryClient.getQueryCache().subscribe(onChange);
      const stopMutations = queryClient.getMutationCache().subscribe(onChange);
      return () => {
        stopQueries();
        stopMutations();
      };
    },
    [queryClient],
  );
  const reached = useCallback(() => isSalesforceError(latestOutcome(queryClient)?.error, 'REQUEST_LIMIT_EXCEEDED'), [queryClient]);
  return useSyncExternalStore(subscribe, reached);
}
