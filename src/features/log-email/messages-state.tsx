import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { HostMessagePage } from '../../host';
import { ConversationChangedError, MAX_LISTED_MESSAGES, type MessagesLoad } from './conversation-messages';

export interface MessagesStateProps {
  conversationId: string | undefined;
  pages: UseInfiniteQueryResult<InfiniteData<HostMessagePage>>;
  load: MessagesLoad;
  /** The list, shown once every page is in. */
  children: ReactNode;
}

const COUNT_FORMAT = new Intl.NumberFormat();

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

function Loading({ loaded }: { loaded: number }) {
  const text = loaded === 0 ? 'Loading messages…' : `Loading messages… ${COUNT_FORMAT.format(loaded)} loaded`;
  return (
    <p className="log-email-empty" role="status">
      {text}
    </p>
  );
}

/** Why the list holds fewer messages than the conversation: the agent should know what they can't pick. */
function Limits({ load }: { load: MessagesLoad }) {
  if (load.truncated) {
    return (
      <p className="log-email-hint">
        This conversation has more than {COUNT_FORMAT.format(load.loaded)} messages; the newest of them may be missing here.
      </p>
    );
  }
  if (load.loaded <= MAX_LISTED_MESSAGES) return null;
  return (
    <p className="log-email-hint">
      Showing the newest {MAX_LISTED_MESSAGES} of {COUNT_FORMAT.format(load.loaded)} messages.
    </p>
  );
}

/**
 * The states around the message list: no conversation, loading (with how many are in), failed, empty. The
 * list waits for the last page, because Front hands the newest messages over last.
 */
export function MessagesState({ conversationId, pages, load, children }: MessagesStateProps) {
  if (conversationId === undefined) return <p className="log-email-empty">Open a single conversation to log its emails.</p>;
  if (pages.error && !pages.isFetching) {
    const retry = pages.data === undefined ? () => void pages.refetch() : () => void pages.fetchNextPage();
    return <LoadError error={pages.error} onRetry={retry} />;
  }
  if (!load.complete) return <Loading loaded={load.loaded} />;
  if (load.loaded === 0) return <p className="log-email-empty">This conversation has no messages yet.</p>;
  return (
    <>
      <Limits load={load} />
      {children}
    </>
  );
}
