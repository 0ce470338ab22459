import { useState } from 'react';
import { ActionError, Screen } from '../../ui';
import { useConversationMessages } from './conversation-messages';
import { LogFailures } from './log-failures';
import type { LogTarget } from './log-target';
import { MessageList } from './message-list';
import { MessagesState } from './messages-state';
import { useLogMessages } from './use-log-messages';
import { useLoggedStatus } from './use-logged-status';
import type { LogOutcome } from './log-messages';
import './log-email.css';

export interface LogEmailScreenProps {
  target: LogTarget;
  /** Everything chosen is logged; the app refreshes the panel and returns to it. */
  onDone: () => void;
  onCancel: () => void;
}

function logLabel(count: number): string {
  if (count === 0) return 'Log emails';
  return count === 1 ? 'Log 1 email' : `Log ${count} emails`;
}

/** Pick messages of the open conversation and log them to a person, account or opportunity. */
export function LogEmailScreen({ target, onDone, onCancel }: LogEmailScreenProps) {
  const { conversationId, messages, pages, load } = useConversationMessages();
  const status = useLoggedStatus(target, messages);
  const log = useLogMessages(target);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<LogOutcome>();

  const chosen = messages.filter((message) => selected.has(message.id) && !status.loggedIds.has(message.id));
  const canLog = chosen.length > 0 && status.known && !log.isPending;

  const submit = () => {
    if (!canLog) return;
    setOutcome(undefined);
    log.mutate(chosen, {
      onSuccess: (result) => {
        if (result.failed.length === 0) return onDone();
        setOutcome(result);
        setSelected(new Set(result.failed.map((failure) => failure.messageId)));
      },
    });
  };

  const toggle = (messageId: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(messageId);
      else next.delete(messageId);
      return next;
    });
  const selectAll = (checked: boolean) =>
    setSelected(checked ? new Set(messages.filter((message) => !status.loggedIds.has(message.id)).map((message) => message.id)) : new Set());

  const footer = (
    <>
      <button type="button" className="ui-button ui-button-primary" disabled={!canLog} onClick={submit}>
        {log.isPending ? 'Logging…' : logLabel(chosen.length)}
      </button>
      <button type="button" className="ui-button" onClick={onCancel}>
        Cancel
      </button>
    </>
  );

  return (
    <Screen title="Log email" subtitle={target.name} onBack={onCancel} footer={footer}>
      {status.mode?.kind === 'Task' && (
        <p className="log-email-hint">This Salesforce org has no Enhanced Email: emails are logged as completed tasks.</p>
      )}
      {status.error !== null && <ActionError error={status.error} onRetry={status.retry} />}
      <MessagesState conversationId={conversationId} pages={pages} load={load}>
        <MessageList
          messages={messages}
          selected={selected}
          logged={status.loggedIds}
          disabled={log.isPending}
          onToggle={toggle}
          onSelectAll={selectAll}
        />
      </MessagesState>
      {log.isPending && log.progress && (
        <p className="log-email-progress" role="status">
          Logging {log.progress.total === 1 ? '1 email' : `${log.progress.total} emails`}… {log.progress.done} of {log.progress.total} done
        </p>
      )}
      {log.error && <ActionError error={log.error} onRetry={submit} />}
      {outcome && <LogFailures failures={outcome.failed} loggedCount={outcome.logged.length} messages={messages} />}
    </Screen>
  );
}
