import { describe, expect, it, vi } from 'vitest';
import type { DemoConversation } from './conversations-schema';
import { createFrontLink } from './conversation-links';
import { hostFunctionsFor, type HostCallHandlers } from './host-functions';

function conversation(id: string, messageCount = 1): DemoConversation {
  return {
    id,
    type: 'email',
    subject: id,
    messages: Array.from({ length: messageCount }, (_, i) => ({
      id: `${id}_msg_${i + 1}`,
      date: '2026-04-01T10:00:00Z',
      status: 'inbound' as const,
      from: { handle: 'maya.chen@acme.example', type: 'email' as const },
      to: [],
      body: 'Hi',
      bodyType: 'text' as const,
    })),
  };
}

function handlers() {
  const openUrl = vi.fn<HostCallHandlers['openUrl']>();
  const addLink = vi.fn<HostCallHandlers['addLink']>((_ids, url, name) => createFrontLink(url, name));
  const openUrlInPopup = vi.fn<HostCallHandlers['openUrlInPopup']>();
  return { openUrl, addLink, openUrlInPopup };
}

const arities = (functions: Record<string, { arity: number }>) => Object.fromEntries(Object.entries(functions).map(([name, fn]) => [name, fn.arity]));

describe('hostFunctionsFor', () => {
  it('offers only openUrl and popups without a conversation', () => {
    expect(arities(hostFunctionsFor([], handlers()))).toEqual({ openUrl: 2, openUrlInPopup: 3 });
  });

  it('offers messages, recipients, links and URLs for one conversation, with the cancel token counted', () => {
    expect(arities(hostFunctionsFor([conversation('a')], handlers()))).toEqual({ openUrl: 2, openUrlInPopup: 3, addLink: 3, listMessages: 2, listRecipients: 2 });
  });

  it('offers links and URLs but no messages for several conversations', () => {
    expect(arities(hostFunctionsFor([conversation('a'), conversation('b')], handlers()))).toEqual({ openUrl: 2, openUrlInPopup: 3, addLink: 3 });
  });

  it('hands openUrl and addLink to the handlers, addLink for every selected conversation', () => {
    const { openUrl, addLink, openUrlInPopup } = handlers();
    const functions = hostFunctionsFor([conversation('a'), conversation('b')], { openUrl, addLink, openUrlInPopup });

    functions.openUrl?.call(['https://demo.my.salesforce.com/003']);
    const link = functions.addLink?.call(['https://demo.my.salesforce.com/003', 'Maya Chen']);

    expect(openUrl).toHaveBeenCalledWith('https://demo.my.salesforce.com/003');
    expect(addLink).toHaveBeenCalledWith(['a', 'b'], 'https://demo.my.salesforce.com/003', 'Maya Chen');
    expect(link).toMatchObject({ externalUrl: 'https://demo.my.salesforce.com/003', name: 'Maya Chen' });
  });

  it('opens a popup at the size the plugin asks for (sign-in)', () => {
    const { openUrlInPopup, ...rest } = handlers();
    const functions = hostFunctionsFor([], { ...rest, openUrlInPopup });

    functions.openUrlInPopup?.call(['https://acme.my.salesforce.com/services/oauth2/authorize', { width: 480, height: 680 }]);

    expect(openUrlInPopup).toHaveBeenCalledWith('https://acme.my.salesforce.com/services/oauth2/authorize', { width: 480, height: 680 });
    expect(() => functions.openUrlInPopup?.call(['not a url'])).toThrow('Invalid arguments for openUrlInPopup');
  });

  it('pages the single conversation’s messages', () => {
    const functions = hostFunctionsFor([conversation('a', 3)], handlers());

    expect(functions.listMessages?.call([])).toMatchObject({ results: [{ id: 'a_msg_1' }, { id: 'a_msg_2' }], nextPageToken: 'page:2' });
    expect(functions.listMessages?.call(['page:2'])).toMatchObject({ results: [{ id: 'a_msg_3' }], nextPageToken: undefined });
  });

  it('rejects arguments Front would not accept', () => {
    const functions = hostFunctionsFor([conversation('a')], handlers());

    expect(() => functions.openUrl?.call([42])).toThrow('Invalid arguments for openUrl');
    expect(() => functions.listMessages?.call([{ page: 2 }])).toThrow('Invalid arguments for listMessages');
  });
});
