import { channelLabel } from './channel-label';
import type { DemoConversation } from './conversations-schema';

/** Who the conversation is with: the main recipient, or whoever wrote first (internal discussions). */
export function senderName(conversation: DemoConversation): string {
  const party = conversation.recipient ?? conversation.messages[0]?.from;
  return party?.name ?? party?.handle ?? 'unknown';
}

/** The subject, or a description for channels without subjects (SMS). */
export function conversationTitle(conversation: DemoConversation): string {
  return conversation.subject || `${channelLabel(conversation.type)} with ${senderName(conversation)}`;
}
