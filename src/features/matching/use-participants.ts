import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { HostAdapter, HostContext, HostMessage } from '../../host/host-types';
import { config } from '../../lib/config';
import { conversationMessagesQueryOptions } from './conversation-messages-query';
import { hasPhoneHandle, participantsOf } from './participants';
import { loadPhoneNumbers } from './phone-numbers';
import type { Subject } from './subject';

export interface UseParticipantsOptions {
  /** False while the sidebar is hidden: nothing is fetched then. */
  readonly enabled?: boolean;
  readonly defaultCountry?: string;
}

const NO_MESSAGES: readonly HostMessage[] = [];

/**
 * The conversation's external participants. The main recipient is there from the first render, so the
 * panel can start resolving them while the messages (and the other participants) are still on their way.
 */
export function useParticipants(host: HostAdapter, context: HostContext | undefined, options: UseParticipantsOptions = {}) {
  const conversationId = context?.type === 'singleConversation' ? context.conversation.id : undefined;
  const defaultCountry = options.defaultCountry ?? config.defaultPhoneCountry;
  const messages = useQuery({
    ...conversationMessagesQueryOptions(host, conversationId ?? ''),
    enabled: conversationId !== undefined && options.enabled !== false,
  });
  const loaded = messages.data ?? NO_MESSAGES;
  const needsPhoneNumbers = context !== undefined && hasPhoneHandle(context, loaded);
  const phoneNumbers = useQuery({
    queryKey: ['phone-numbers'],
    queryFn: loadPhoneNumbers,
    enabled: needsPhoneNumbers,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const participants = useMemo<Subject[]>(
    () => (context ? participantsOf(context, loaded, { defaultCountry, phoneNumbers: phoneNumbers.data }) : []),
    [context, loaded, defaultCountry, phoneNumbers.data],
  );
  return { participants, isLoading: messages.isLoading || (needsPhoneNumbers && phoneNumbers.isPending) };
}
