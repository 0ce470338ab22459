import type { HostMessage } from '../../host';
import { MessageOption } from './message-option';

export interface MessageListProps {
  messages: readonly HostMessage[];
  selected: ReadonlySet<string>;
  logged: ReadonlySet<string>;
  disabled: boolean;
  onToggle: (messageId: string, checked: boolean) => void;
  onSelectAll: (checked: boolean) => void;
}

/** The conversation's messages as a group of checkboxes, with a shortcut to pick every one not yet logged. */
export function MessageList({ messages, selected, logged, disabled, onToggle, onSelectAll }: MessageListProps) {
  const open = messages.filter((message) => !logged.has(message.id));
  const allSelected = open.length > 0 && open.every((message) => selected.has(message.id));
  return (
    <fieldset className="log-email-messages">
      <legend className="log-email-legend">Messages, newest first</legend>
      {open.length > 1 && (
        <button type="button" className="ui-link-button" disabled={disabled} onClick={() => onSelectAll(!allSelected)}>
          {allSelected ? 'Clear selection' : 'Select all'}
        </button>
      )}
      <ul className="log-email-list">
        {messages.map((message) => (
          <MessageOption
            key={message.id}
            message={message}
            checked={selected.has(message.id)}
            logged={logged.has(message.id)}
            disabled={disabled}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}
