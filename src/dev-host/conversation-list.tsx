import { channelLabel } from './channel-label';
import { conversationTitle, senderName } from './conversation-title';
import type { DemoConversation } from './conversations-schema';
import { messageText } from './html-text';

interface ConversationListProps {
  readonly conversations: readonly DemoConversation[];
  readonly openId: string | undefined;
  readonly checkedIds: readonly string[];
  readonly onOpen: (id: string) => void;
  readonly onToggleChecked: (id: string) => void;
}

export function ConversationList({ conversations, openId, checkedIds, onOpen, onToggleChecked }: ConversationListProps) {
  return (
    <nav className="dev-host-list" aria-label="Conversations">
      <ul>
        {conversations.map((conversation) => {
          const title = conversationTitle(conversation);
          const latest = conversation.messages.at(-1);
          const checked = checkedIds.includes(conversation.id);
          const open = checkedIds.length === 0 && conversation.id === openId;
          return (
            <li key={conversation.id} className={`dev-host-row${open || checked ? ' dev-host-row-selected' : ''}`}>
              <input
                type="checkbox"
                className="dev-host-row-check"
                aria-label={`Select ${title}`}
                checked={checked}
                onChange={() => onToggleChecked(conversation.id)}
              />
              <button type="button" className="dev-host-row-open" aria-current={open ? 'true' : undefined} onClick={() => onOpen(conversation.id)}>
                <span className="dev-host-row-top">
                  <span className="dev-host-row-sender">{senderName(conversation)}</span>
                  <span className="dev-host-row-channel">{channelLabel(conversation.type)}</span>
                </span>
                <span className="dev-host-row-subject">{title}</span>
                <span className="dev-host-row-blurb">{latest ? messageText(latest) : ''}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
