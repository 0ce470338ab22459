import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { HostMessagePage } from '../../host';
import { ConversationChangedError } from './conversation-messages';

export interface MessagesStateProps {
  conversationId: string | undefined;
  pages: UseInfiniteQueryResult<InfiniteData<HostMessagePage>>;
  count: number;
  /** The list, shown once the first page is in. */
  children: ReactNode;
}

function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const changed = error instanceof ConversationChangedError;
  return (
    <div className="ui-action-error" role="alert">
      <p className="ui-action-error-title">
        {changed ? 'Another conversation is open now.' : "Couldn't load this conversation's messages from Front."}
      </p>
      <p className="ui-action-error-detail">{changed ? 'Go back and open Log email from its panel.' : 'Try again in a moment.'}</p>
      {!changed && (
        <div className="ui-action-error-actions">
          <button type="button" className="ui-button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}

/** The states around the message list: no conversation, loading, failed, empty, and "Load more". */
export function MessagesState({ conversationId, pages, count, children }: MessagesStateProps) {
  if (conversationId === undefined) return <p className="log-email-empty">Open a single conversation to log its emails.</p>;
  if (pages.data === undefined) {
    if (pages.error && !pages.isFetching) return <LoadError error={pages.error} onRetry={() => void pages.refetch()} />;
    return (
      <p className="log-email-empty" role="status">
        Loading messages…
      </p>
    );
  }
  if (count === 0) return <p className="log-email-empty">This conversation has no messages yet.</p>;
  return (
    <>
      {children}
      {pages.isFetchNextPageError && pages.error && <LoadError error={pages.error} onRetry={() => void pages.fetchNextPage()} />}
      {pages.hasNextPage && (
        <button type="button" className="ui-button log-email-more" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {pages.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}
