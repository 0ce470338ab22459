import type { DemoConversation, DemoHandle, DemoMessage } from './conversations-schema';

// Front lists a conversation's messages a page at a time; two per page makes paging visible in the demo.
export const MESSAGES_PER_PAGE = 2;

const PAGE_TOKEN = /^page:([1-9]\d*)$/;

/** A handle as Front's ApplicationRecipient. */
export function toFrontRecipient(handle: DemoHandle) {
  return { handle: handle.handle, name: handle.name, type: handle.type, contact: undefined };
}

/** A message as Front's ApplicationMessage; the date is a Date, as it crosses postMessage in Front. */
export function toFrontMessage(message: DemoMessage) {
  return {
    id: message.id,
    subject: message.subject,
    date: new Date(message.date),
    status: message.status,
    from: toFrontRecipient(message.from),
    replyTo: undefined,
    to: message.to.map(toFrontRecipient),
    cc: message.cc?.map(toFrontRecipient),
    bcc: undefined,
    content: { body: message.body, type: message.bodyType, attachments: [] },
  };
}

/** One page of messages, oldest first; the token is opaque to the plugin ("page:2"). */
export function messagePage(conversation: DemoConversation, pageToken: string | undefined) {
  const page = pageToken === undefined ? 1 : Number(PAGE_TOKEN.exec(pageToken)?.[1]);
  if (!Number.isInteger(page)) throw new Error(`Unknown page token "${pageToken}"`);
  const start = (page - 1) * MESSAGES_PER_PAGE;
  const results = conversation.messages.slice(start, start + MESSAGES_PER_PAGE).map(toFrontMessage);
  const hasMore = start + MESSAGES_PER_PAGE < conversation.messages.length;
  return { results, nextPageToken: hasMore ? `page:${page + 1}` : undefined };
}

/** Everyone on the conversation in the order they appear in its messages, each handle once. */
export function conversationRecipients(conversation: DemoConversation) {
  const seen = new Map<string, DemoHandle>();
  for (const message of conversation.messages) {
    for (const handle of [message.from, ...message.to, ...(message.cc ?? [])]) {
      const key = handle.handle.toLowerCase();
      if (!seen.has(key)) seen.set(key, handle);
    }
  }
  return { results: [...seen.values()].map(toFrontRecipient), nextPageToken: undefined };
}
