import { describe, expect, it } from 'vitest';
import type { DemoConversation, DemoMessage } from './conversations-schema';
import { conversationRecipients, messagePage } from './front-message-data';

function message(index: number, overrides: Partial<DemoMessage> = {}): DemoMessage {
  return {
    id: `msg_${index}`,
    date: `2026-04-0${index}T10:00:00Z`,
    status: 'inbound',
    from: { handle: 'ravi.shah@acme.example', name: 'Ravi Shah', type: 'email' },
    to: [{ handle: 'support@northwind-support.example', type: 'email' }],
    body: `Message ${index}`,
    bodyType: 'text',
    ...overrides,
  };
}

const thread: DemoConversation = {
  id: 'cnv_thread',
  type: 'email',
  subject: 'Rollout',
  messages: [1, 2, 3, 4, 5].map((i) => message(i)),
};

describe('messagePage', () => {
  it('pages two messages at a time, oldest first, until there is no next token', () => {
    const first = messagePage(thread, undefined);
    const second = messagePage(thread, first.nextPageToken);
    const third = messagePage(thread, second.nextPageToken);

    expect([first, second, third].map((page) => page.results.map((m) => m.id))).toEqual([
      ['msg_1', 'msg_2'],
      ['msg_3', 'msg_4'],
      ['msg_5'],
    ]);
    expect([first.nextPageToken, second.nextPageToken, third.nextPageToken]).toEqual(['page:2', 'page:3', undefined]);
  });

  it('gives messages in Front’s shape, with Date objects and the body as content', () => {
    const [first] = messagePage(thread, undefined).results;

    expect(first?.date).toEqual(new Date('2026-04-01T10:00:00Z'));
    expect(first).toMatchObject({
      status: 'inbound',
      from: { handle: 'ravi.shah@acme.example', name: 'Ravi Shah', type: 'email' },
      content: { body: 'Message 1', type: 'text', attachments: [] },
    });
  });

  it('rejects a token it did not issue', () => {
    expect(() => messagePage(thread, 'next')).toThrow('Unknown page token "next"');
  });
});

describe('conversationRecipients', () => {
  it('lists each participant once, in the order they appear, whatever the case of the address', () => {
    const conversation: DemoConversation = {
      ...thread,
      messages: [
        message(1, { cc: [{ handle: 'marcus.johnson@acme.example', type: 'email' }] }),
        message(2, { from: { handle: 'Ravi.Shah@Acme.example', type: 'email' }, to: [{ handle: 'elena.petrova@acme.example', type: 'email' }] }),
      ],
    };

    expect(conversationRecipients(conversation).results.map((r) => r.handle)).toEqual([
      'ravi.shah@acme.example',
      'support@northwind-support.example',
      'marcus.johnson@acme.example',
      'elena.petrova@acme.example',
    ]);
  });
});
