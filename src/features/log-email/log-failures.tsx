import type { HostMessage } from '../../host';
import type { LogFailure } from './write-logs';

/** Which emails Salesforce refused and why; they stay selected so "Log" tries them again. */
export interface LogFailuresProps {
  failures: readonly LogFailure[];
  /** How many of the same submit were logged, so the agent knows those are done. */
  loggedCount: number;
  messages: readonly HostMessage[];
}

export function LogFailures({ failures, loggedCount, messages }: LogFailuresProps) {
  const subjectOf = (id: string) => messages.find((message) => message.id === id)?.subject ?? '(no subject)';
  const count = failures.length;
  return (
    <div className="ui-action-error" role="alert">
      <p className="ui-action-error-title">
        {count === 1 ? "1 email couldn't be logged." : `${count} emails couldn't be logged.`}
        {loggedCount > 0 && ` ${loggedCount} ${loggedCount === 1 ? 'was' : 'were'} logged.`}
      </p>
      <ul className="log-email-failures">
        {failures.map(({ messageId, error }) => (
          <li key={messageId}>
            <strong>{subjectOf(messageId)}</strong>: {error.userMessage} {error.action}.
          </li>
        ))}
      </ul>
    </div>
  );
}
