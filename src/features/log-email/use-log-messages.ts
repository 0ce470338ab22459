import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { HostMessage } from '../../host';
import { useSalesforce } from '../../salesforce';
import { logMessages, type LogProgress } from './log-messages';
import { logModeQueryOptions } from './log-mode';
import type { LogTarget } from './log-target';
import { loggedMessagesKeys } from './logged-messages';
import { signedInUserQueryOptions } from './signed-in-user';

/** The "Log N emails" action: logs, reports progress, and refreshes what shows as logged. */
export function useLogMessages(target: LogTarget) {
  const { client, orgKey } = useSalesforce();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<LogProgress>();
  const mutation = useMutation({
    mutationFn: async (messages: readonly HostMessage[]) => {
      setProgress({ done: 0, total: messages.length });
      const mode = await queryClient.ensureQueryData(logModeQueryOptions({ client, orgKey, target }));
      const userId = () => queryClient.ensureQueryData(signedInUserQueryOptions(client, orgKey));
      return logMessages({ client, orgKey, mode, target, messages, userId, onProgress: setProgress });
    },
    // Not awaited: the screen reports the outcome at once, and the list catches up in the background. A failed
    // log wrote nothing (see writeLogs), so only a settled one changes what is logged.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: loggedMessagesKeys.target(orgKey, target) }),
  });
  return { ...mutation, progress };
}
