import { queryOptions } from '@tanstack/react-query';
import type { HostAdapter, HostMessage } from '../../host/host-types';

// Enough to see everyone on a long thread without paging through months of history.
export const MAX_MESSAGE_PAGES = 5;

/** Front answers listMessages for whatever conversation is open now, which may no longer be ours. */
export class ConversationChangedError extends Error {
  override readonly name = 'ConversationChangedError';
}

function isStillOpen(host: HostAdapter, conversationId: string): boolean {
  const current = host.current();
  return current?.type === 'singleConversation' && current.conversation.id === conversationId;
}

async function listConversationMessages(host: HostAdapter, conversationId: string, signal: AbortSignal): Promise<HostMessage[]> {
  const messages: HostMessage[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_MESSAGE_PAGES; page += 1) {
    const result = await host.listMessages(pageToken);
    signal.throwIfAborted();
    if (!isStillOpen(host, conversationId)) throw new ConversationChangedError(`Conversation ${conversationId} is no longer open`);
    messages.push(...result.messages);
    pageToken = result.nextPageToken;
    if (!pageToken) break;
  }
  return messages;
}

export function conversationMessagesQueryOptions(host: HostAdapter, conversationId: string) {
  // The app has one host adapter for its whole life; the conversation is what identifies the data.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['host', 'conversation-messages', conversationId] as const,
    queryFn: ({ signal }) => listConversationMessages(host, conversationId, signal),
    retry: (failureCount, error) => !(error instanceof ConversationChangedError) && failureCount < 2,
  });
}
