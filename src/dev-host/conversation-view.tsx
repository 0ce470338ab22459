import type { DemoConversation, DemoHandle, DemoMessage } from './conversations-schema';
import { conversationTitle } from './conversation-title';
import type { FrontLink } from './front-context-data';
import { messageText } from './html-text';

function handles(list: readonly DemoHandle[]): string {
  return list.map((h) => (h.name ? `${h.name} <${h.handle}>` : h.handle)).join(', ');
}

function MessageItem({ message }: { message: DemoMessage }) {
  const from = handles([message.from]);
  return (
    <article className="dev-host-message" aria-label={`Message from ${message.from.name ?? message.from.handle}`}>
      <dl className="dev-host-message-meta">
        <dt>From</dt>
        <dd>{from}</dd>
        <dt>To</dt>
        <dd>{handles(message.to)}</dd>
        {message.cc?.length ? (
          <>
            <dt>Cc</dt>
            <dd>{handles(message.cc)}</dd>
          </>
        ) : null}
        <dt>Date</dt>
        <dd>
          <time dateTime={message.date}>{new Date(message.date).toLocaleString()}</time>
        </dd>
      </dl>
      {/* Rendered as text on purpose: demo bodies are untrusted HTML and the host never injects them. */}
      <p className="dev-host-message-body">{messageText(message)}</p>
    </article>
  );
}

export function ConversationView({ conversation, links }: { conversation: DemoConversation; links: readonly FrontLink[] }) {
  return (
    <section className="dev-host-conversation" aria-labelledby="dev-host-conversation-title">
      <h2 id="dev-host-conversation-title">{conversationTitle(conversation)}</h2>
      {links.length > 0 ? (
        <ul className="dev-host-links" aria-label="Links">
          {links.map((link) => (
            <li key={link.id}>
              {link.name ?? link.externalUrl} <span className="dev-host-link-url">{link.externalUrl}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {conversation.messages.map((message) => (
        <MessageItem key={message.id} message={message} />
      ))}
    </section>
  );
}
