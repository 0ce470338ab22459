import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
// The provider module, not the host index: the index also loads the Front SDK, which handshakes with its
// parent window the moment it is imported.
import { useHost, useHostContext } from '../../host/host-provider';
import type { HostAdapter, HostMessage, HostMessagePage } from '../../host/host-types';

/** Front answers listMessages for whatever conversation is open now; logging another one's messages would misfile them. */
export class ConversationChangedError extends Error {
  override readonly name = 'ConversationChangedError';
}

function conversationPagesQueryOptions(host: HostAdapter, conversationId: string) {
  return infiniteQueryOptions({
    queryKey: ['host', 'log-email-messages', conversationId] as const,
    queryFn: async ({ pageParam }): Promise<HostMessagePage> => {
      const page = await host.listMessages(pageParam);
      const current = host.current();
      if (current?.type !== 'singleConversation' || current.conversation.id !== conversationId) {
        throw new ConversationChangedError(`Conversation ${conversationId} is no longer open`);
      }
      return page;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPageToken,
    retry: false,
  });
}

/** Every loaded message once, newest first (Front pages them oldest first). */
function newestFirst(pages: readonly HostMessagePage[]): HostMessage[] {
  const byId = new Map<string, HostMessage>();
  for (const page of pages) for (const message of page.messages) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** The open conversation's messages, a page at a time; `conversationId` is undefined outside a single conversation. */
export function useConversationMessages() {
  const host = useHost();
  const context = useHostContext();
  const conversationId = context?.type === 'singleConversation' ? context.conversation.id : undefined;
  const pages = useInfiniteQuery({ ...conversationPagesQueryOptions(host, conversationId ?? ''), enabled: conversationId !== undefined });
  const messages = useMemo(() => newestFirst(pages.data?.pages ?? []), [pages.data]);
  return { conversationId, messages, pages };
}
