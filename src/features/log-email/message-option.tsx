import { useId, useMemo } from 'react';
import type { HostMessage } from '../../host';
import { messageSnippet } from './message-text';

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface MessageOptionProps {
  message: HostMessage;
  checked: boolean;
  /** Already logged to the target: shown checked, and it can't be logged again. */
  logged: boolean;
  disabled: boolean;
  onToggle: (messageId: string, checked: boolean) => void;
}

/** One message of the conversation with its checkbox: subject, sender, date, and the start of its text. */
export function MessageOption({ message, checked, logged, disabled, onToggle }: MessageOptionProps) {
  const id = useId();
  const snippet = useMemo(() => messageSnippet(message), [message]);
  const sender = message.from.name?.trim() || message.from.handle;
  return (
    <li className={logged ? 'log-email-message log-email-message-logged' : 'log-email-message'}>
      <input
        type="checkbox"
        id={id}
        className="log-email-checkbox"
        checked={logged || checked}
        disabled={logged || disabled}
        aria-describedby={snippet ? `${id}-snippet` : undefined}
        onChange={(event) => onToggle(message.id, event.target.checked)}
      />
      <label htmlFor={id} className="log-email-label">
        <span className="log-email-subject">{message.subject ?? '(no subject)'}</span>
        <span className="log-email-meta">
          {sender} · <time dateTime={message.date.toISOString()}>{DATE_FORMAT.format(message.date)}</time>
        </span>
        {logged && <span className="log-email-logged">Logged</span>}
      </label>
      {snippet && (
        <p className="log-email-snippet" id={`${id}-snippet`}>
          {snippet}
        </p>
      )}
    </li>
  );
}
