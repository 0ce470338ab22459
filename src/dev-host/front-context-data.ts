import type { DemoConversation } from './conversations-schema';
import { channelsFor, DEMO_COMPANY, DEMO_TEAMMATE, inboxesFor } from './demo-team';
import { toFrontRecipient } from './front-message-data';
import { messageText } from './html-text';

/** A link added to a conversation through addLink, as Front's ApplicationLink. */
export interface FrontLink {
  readonly id: string;
  readonly type: string;
  readonly name: string | undefined;
  readonly externalUrl: string;
  readonly appUrl: string;
}

export interface ContextSettings {
  readonly isAdmin: boolean;
  readonly linksByConversation: ReadonlyMap<string, readonly FrontLink[]>;
}

const BLURB_LENGTH = 120;

function blurbOf(conversation: DemoConversation): string | undefined {
  const latest = conversation.messages.at(-1);
  if (!latest) return undefined;
  const text = messageText(latest).replace(/\s+/g, ' ');
  return text.length > BLURB_LENGTH ? `${text.slice(0, BLURB_LENGTH - 1)}…` : text;
}

function toFrontConversation(conversation: DemoConversation, settings: ContextSettings) {
  return {
    id: conversation.id,
    type: conversation.type,
    status: 'open',
    subject: conversation.subject || undefined,
    blurb: blurbOf(conversation),
    assignee: conversation.type === 'internal' ? undefined : { ...DEMO_TEAMMATE, is_admin: settings.isAdmin },
    recipient: conversation.recipient ? toFrontRecipient(conversation.recipient) : undefined,
    channels: channelsFor(conversation.type),
    inboxes: inboxesFor(conversation.type),
    tags: [],
    topics: [],
    links: settings.linksByConversation.get(conversation.id) ?? [],
    closedAt: undefined,
    statusId: undefined,
    statusCategory: undefined,
    ticketIds: [],
    customFieldAttributes: [],
  };
}

/**
 * The data part of the context Front would send for this selection (no id, no functions: the bridge adds
 * those). None selected is noConversation, one is singleConversation, more are multiConversations.
 */
export function frontContextData(selected: readonly DemoConversation[], settings: ContextSettings) {
  const common = {
    preferences: {},
    authentication: {},
    teammate: { ...DEMO_TEAMMATE, is_admin: settings.isAdmin },
    company: DEMO_COMPANY,
    entryPoint: undefined,
  };
  const [first] = selected;
  if (!first) return { type: 'noConversation', ...common };
  if (selected.length === 1) {
    return { type: 'singleConversation', ...common, conversation: { ...toFrontConversation(first, settings), draftId: undefined } };
  }
  return { type: 'multiConversations', ...common, conversations: selected.map((c) => toFrontConversation(c, settings)) };
}
