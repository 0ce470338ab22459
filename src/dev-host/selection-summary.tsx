import type { DemoConversation } from './conversations-schema';
import { conversationTitle } from './conversation-title';

/** What the centre shows when not exactly one conversation is selected. */
export function SelectionSummary({ conversations }: { conversations: readonly DemoConversation[] }) {
  if (conversations.length === 0) {
    return <p className="dev-host-placeholder">No conversation selected</p>;
  }
  return (
    <section className="dev-host-conversation" aria-labelledby="dev-host-selection-title">
      <h2 id="dev-host-selection-title">{conversations.length} conversations selected</h2>
      <ul>
        {conversations.map((conversation) => (
          <li key={conversation.id}>{conversationTitle(conversation)}</li>
        ))}
      </ul>
    </section>
  );
}
