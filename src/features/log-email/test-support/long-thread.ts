import type { HostAdapter, HostMessage, HostMessagePage } from '../../../host';
import { staticHost } from '../../../../test/support/render-with-org';
import { CONVERSATION, MESSAGES } from './conversation-fixtures';

/** Message `n` (1-based, oldest first) of a long thread: Maya and the team take turns, an hour apart. */
export function threadMessage(n: number): HostMessage {
  const base = n % 2 === 1 ? MESSAGES.question : MESSAGES.answer;
  return { ...base, id: `msg_long_${n}`, subject: `Update ${n}`, date: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000), body: `Update number ${n}.`, bodyType: 'text' };
}

/**
 * A conversation of `count` messages that Front hands over `pageSize` at a time, oldest first. `gate` holds
 * back every page after the first until the test releases it, to watch the screen while it pages.
 */
export function longThreadHost(count: number, pageSize: number, gate?: Promise<void>): HostAdapter {
  const page = (start: number): HostMessagePage => {
    const end = Math.min(start + pageSize, count);
    const messages = Array.from({ length: end - start }, (_, index) => threadMessage(start + index + 1));
    return end < count ? { messages, nextPageToken: `from:${end}` } : { messages };
  };
  return staticHost(CONVERSATION, {
    listMessages: async (pageToken) => {
      if (pageToken === undefined) return page(0);
      await gate;
      return page(Number(pageToken.slice('from:'.length)));
    },
  });
}
