import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
// The provider module, not the host index: the index also loads the Front SDK, which handshakes with its
// parent window the moment it is imported.
import { useHost, useHostContext } from '../../host/host-provider';
import type { HostAdapter, HostMessage, HostMessagePage } from '../../host/host-types';

/**
 * The list shows the newest this many: enough for any thread an agent logs from, and it bounds both the page
 * and the one query that checks which are logged (its IN list travels in a GET URL).
 */
export const MAX_LISTED_MESSAGES = 200;

/**
 * Front pages a conversation oldest first, so the newest come last: every page is read before the list shows.
 * Past this many the paging stops, so a runaway thread (or host) can't keep the screen loading for minutes.
 */
export const MAX_LOADED_MESSAGES = 5000;

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

/** Every message once, newest first, at most MAX_LISTED_MESSAGES of them; `total` counts them all. */
function newestFirst(pages: readonly HostMessagePage[]): { messages: HostMessage[]; total: number } {
  const byId = new Map<string, HostMessage>();
  for (const page of pages) for (const message of page.messages) byId.set(message.id, message);
  const sorted = [...byId.values()].sort((a, b) => b.date.getTime() - a.date.getTime());
  return { messages: sorted.slice(0, MAX_LISTED_MESSAGES), total: sorted.length };
}

const NO_MESSAGES: readonly HostMessage[] = [];

export interface MessagesLoad {
  /** How many messages Front has handed over so far; once complete, how many different ones. */
  readonly loaded: number;
  /** Every page is in, or paging stopped at MAX_LOADED_MESSAGES (`truncated`). */
  readonly complete: boolean;
  readonly truncated: boolean;
}

/**
 * The open conversation's messages, newest first, once Front has handed over all of them: the pages are
 * fetched one after another on their own. `conversationId` is undefined outside a single conversation.
 */
export function useConversationMessages() {
  const host = useHost();
  const context = useHostContext();
  const conversationId = context?.type === 'singleConversation' ? context.conversation.id : undefined;
  const pages = useInfiniteQuery({ ...conversationPagesQueryOptions(host, conversationId ?? ''), enabled: conversationId !== undefined });
  const { data, hasNextPage, isFetching, isError, fetchNextPage } = pages;

  const handedOver = useMemo(() => (data?.pages ?? []).reduce((count, page) => count + page.messages.length, 0), [data]);
  const truncated = hasNextPage && handedOver >= MAX_LOADED_MESSAGES;
  const complete = data !== undefined && (!hasNextPage || truncated);

  // The page count is a dependency too: a page that comes back at once may never render as "fetching".
  const pageCount = data?.pages.length ?? 0;
  useEffect(() => {
    if (hasNextPage && !truncated && !isFetching && !isError) void fetchNextPage();
  }, [pageCount, hasNextPage, truncated, isFetching, isError, fetchNextPage]);

  // Sorted once, when the last page is in: sorting on every page of a long thread would be quadratic.
  const listed = useMemo(() => (complete && data ? newestFirst(data.pages) : undefined), [complete, data]);
  const load: MessagesLoad = { loaded: listed?.total ?? handedOver, complete, truncated };
  return { conversationId, messages: listed?.messages ?? NO_MESSAGES, pages, load };
}
