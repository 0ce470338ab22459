import { describe, expect, it, vi } from 'vitest';
import type { HostContext } from './host-types';
import { createFakeFront } from './test-support/fake-front';
import { frontContext, frontConversation, frontMessage } from './test-support/front-fixtures';

function singleConversation(functions: Record<string, unknown> = {}, id = 'ctx_1') {
  return { ...frontContext('singleConversation', { id, conversation: frontConversation() }), ...functions };
}

describe('createHostAdapter', () => {
  it('has no context before Front sends one, then notifies listeners of each new context', () => {
    const front = createFakeFront();
    const seen: string[] = [];
    front.adapter.subscribe((context) => seen.push(context.id));

    expect(front.adapter.current()).toBeUndefined();
    front.emit(frontContext('noConversation', { id: 'ctx_a' }));
    front.emit(singleConversation({}, 'ctx_b'));

    expect(seen).toEqual(['ctx_a', 'ctx_b']);
    expect(front.adapter.current()).toMatchObject({ id: 'ctx_b', type: 'singleConversation' });
  });

  it('replays the latest context to a listener that subscribes later, and stops after unsubscribe', () => {
    const front = createFakeFront();
    front.emit(frontContext('noConversation', { id: 'ctx_a' }));
    const listener = vi.fn<(context: HostContext) => void>();

    const unsubscribe = front.adapter.subscribe(listener);
    unsubscribe();
    front.emit(frontContext('noConversation', { id: 'ctx_b' }));

    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ id: 'ctx_a' }));
  });

  it('lists messages through the current context, passing the page token and parsing the page', async () => {
    const front = createFakeFront();
    const listMessages = vi.fn().mockResolvedValue({ results: [frontMessage()], nextPageToken: 'page:3' });
    front.emit(singleConversation({ listMessages }));

    const page = await front.adapter.listMessages('page:2');

    expect(listMessages).toHaveBeenCalledWith('page:2');
    expect(page.nextPageToken).toBe('page:3');
    expect(page.messages.map((m) => m.from.handle)).toEqual(['maya.chen@acme.example']);
  });

  it('refuses to list messages unless exactly one conversation is open', async () => {
    const front = createFakeFront();
    const listMessages = vi.fn();
    front.emit({ ...frontContext('multiConversations', { conversations: [frontConversation()] }), listMessages });

    await expect(front.adapter.listMessages()).rejects.toThrow('one conversation open (current context: multiConversations)');
    expect(listMessages).not.toHaveBeenCalled();
  });

  it('refuses to list messages before any context arrived', async () => {
    await expect(createFakeFront().adapter.listMessages()).rejects.toThrow('current context: none');
  });

  it('opens URLs and adds links through the latest context', async () => {
    const front = createFakeFront();
    const stale = { openUrl: vi.fn().mockResolvedValue(undefined), addLink: vi.fn() };
    const latest = { openUrl: vi.fn().mockResolvedValue(undefined), addLink: vi.fn().mockResolvedValue({ id: 'top_1' }) };
    front.emit(singleConversation(stale, 'ctx_old'));
    front.emit(singleConversation(latest, 'ctx_new'));

    await front.adapter.openUrl('https://demo.my.salesforce.com/003000000000001');
    await front.adapter.addLink('https://demo.my.salesforce.com/003000000000001', 'Maya Chen');

    expect(latest.openUrl).toHaveBeenCalledWith('https://demo.my.salesforce.com/003000000000001');
    expect(latest.addLink).toHaveBeenCalledWith('https://demo.my.salesforce.com/003000000000001', 'Maya Chen');
    expect(stale.openUrl).not.toHaveBeenCalled();
  });

  it('opens a sign-in popup through Front, with the size Front takes', async () => {
    const front = createFakeFront();
    const openUrlInPopup = vi.fn().mockResolvedValue(undefined);
    front.emit(frontContext('noConversation', { openUrlInPopup }));

    await front.adapter.openUrlInPopup?.('https://acme.my.salesforce.com/services/oauth2/authorize', { width: 480, height: 680 });

    expect(openUrlInPopup).toHaveBeenCalledWith('https://acme.my.salesforce.com/services/oauth2/authorize', { width: 480, height: 680 });
  });

  it('rejects with a clear error when the context does not offer the function', async () => {
    const front = createFakeFront();
    front.emit(frontContext('noConversation'));

    await expect(front.adapter.addLink('https://example.com', 'x')).rejects.toThrow('Front does not offer addLink in a noConversation context.');
  });

  it('passes on the error Front answers with', async () => {
    const front = createFakeFront();
    front.emit(singleConversation({ listMessages: vi.fn().mockRejectedValue(new Error('Context is no longer current')) }));

    await expect(front.adapter.listMessages()).rejects.toThrow('Context is no longer current');
  });

  it('ignores an unreadable context with a single warning, keeping the previous one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const front = createFakeFront();
    const listener = vi.fn();
    front.emit(frontContext('noConversation', { id: 'ctx_good' }));
    front.adapter.subscribe(listener);

    front.emit(frontContext('noConversation', { id: 'ctx_bad', teammate: undefined }));
    front.emit({ id: 'ctx_worse' });

    expect(front.adapter.current()?.id).toBe('ctx_good');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('Ignoring a Front context the sidebar cannot read:', expect.any(Array));
  });
});
