import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { HostMessage } from '../../host';
import { useSalesforce } from '../../salesforce';
import { loggedMessagesQueryOptions } from './logged-messages';
import { logModeQueryOptions } from './log-mode';
import type { LogTarget } from './log-target';

/** How this org logs email, and which of the loaded messages are already logged to the target. */
export function useLoggedStatus(target: LogTarget, messages: readonly HostMessage[]) {
  const { client, orgKey } = useSalesforce();
  const mode = useQuery(logModeQueryOptions({ client, orgKey, target }));
  const logged = useQuery({
    ...loggedMessagesQueryOptions({ client, orgKey, target, mode: mode.data, messages }),
    // Loading another page changes the key; keep showing what is known meanwhile.
    placeholderData: (previous) => previous,
  });
  const loggedIds = useMemo(() => new Set(logged.data ?? []), [logged.data]);
  const error = mode.error ?? logged.error;
  return {
    mode: mode.data,
    loggedIds,
    /** Logging waits until it is known what is logged, so the list never offers a logged message as new. */
    known: mode.isSuccess && (messages.length === 0 || logged.isSuccess),
    error,
    retry: () => void (mode.isError ? mode.refetch() : logged.refetch()),
  };
}
