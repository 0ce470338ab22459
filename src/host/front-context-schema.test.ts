import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { parseFrontContext } from './front-context-schema';
import { frontContext, frontConversation, frontRecipient, frontTeammate } from './test-support/front-fixtures';

const alex = { id: 'tea_6r2ku', name: 'Alex Morgan', username: 'alex', email: 'alex@northwind-support.example', isAdmin: false };
const northwind = { id: 'cmp_3kq1', name: 'Northwind Support' };

describe('parseFrontContext', () => {
  it('reads a noConversation context', () => {
    expect(parseFrontContext(frontContext('noConversation'))).toEqual({
      id: 'ctx_noConversation_1',
      type: 'noConversation',
      teammate: alex,
      company: northwind,
    });
  });

  it('reads an email singleConversation with its main recipient', () => {
    const context = parseFrontContext(frontContext('singleConversation', { conversation: frontConversation() }));

    expect(context).toEqual({
      id: 'ctx_singleConversation_1',
      type: 'singleConversation',
      teammate: alex,
      company: northwind,
      conversation: {
        id: 'cnv_1a2b3c',
        type: 'email',
        subject: 'Robot arm calibration',
        recipient: { handle: 'maya.chen@acme.example', name: 'Maya Chen', type: 'email' },
      },
    });
  });

  it('reads an SMS conversation whose recipient is a phone handle without a name or subject', () => {
    const conversation = frontConversation({ id: 'cnv_sms', type: 'sms', subject: undefined, recipient: frontRecipient('+14155550134', undefined, 'phone') });

    const context = parseFrontContext(frontContext('singleConversation', { conversation }));

    expect(context).toMatchObject({ type: 'singleConversation', conversation: { id: 'cnv_sms', type: 'sms', recipient: { handle: '+14155550134', type: 'phone' } } });
    expect(context.type === 'singleConversation' && context.conversation).not.toHaveProperty('subject');
    expect(context.type === 'singleConversation' && context.conversation.recipient).not.toHaveProperty('name');
  });

  it('reads an internal discussion, which has no main recipient', () => {
    const conversation = frontConversation({ id: 'cnv_int', type: 'internal', subject: 'Acme renewal plan', recipient: undefined });

    const context = parseFrontContext(frontContext('singleConversation', { conversation }));

    expect(context).toMatchObject({ type: 'singleConversation', conversation: { id: 'cnv_int', type: 'internal', subject: 'Acme renewal plan' } });
    expect(context.type === 'singleConversation' && context.conversation).not.toHaveProperty('recipient');
  });

  it('reads every conversation of a multiConversations context', () => {
    const conversations = [frontConversation(), frontConversation({ id: 'cnv_2', subject: 'Invoice', recipient: frontRecipient('accounts@orchardfoods.example') })];

    const context = parseFrontContext(frontContext('multiConversations', { conversations }));

    expect(context.type).toBe('multiConversations');
    expect(context.type === 'multiConversations' && context.conversations.map((c) => [c.id, c.recipient?.handle])).toEqual([
      ['cnv_1a2b3c', 'maya.chen@acme.example'],
      ['cnv_2', 'accounts@orchardfoods.example'],
    ]);
  });

  it('turns a messageComposer context into an unsupported one that names the Front type', () => {
    const raw = frontContext('messageComposer', { draft: { id: 'drf_1' }, conversation: undefined });

    expect(parseFrontContext(raw)).toEqual({ id: 'ctx_messageComposer_1', type: 'unsupported', frontType: 'messageComposer', teammate: alex, company: northwind });
  });

  it('reads the admin flag, and treats a teammate without is_admin (older Front) as not an admin', () => {
    const admin = parseFrontContext(frontContext('noConversation', { teammate: { ...frontTeammate, is_admin: true } }));
    const olderTeammate: Partial<typeof frontTeammate> = { ...frontTeammate };
    delete olderTeammate.is_admin;
    const older = parseFrontContext(frontContext('noConversation', { teammate: olderTeammate }));

    expect(admin.teammate.isAdmin).toBe(true);
    expect(older.teammate.isAdmin).toBe(false);
  });

  it('reads the context through a Proxy like the one the SDK hands out', () => {
    const target = frontContext('singleConversation', { conversation: frontConversation() });
    const proxy = new Proxy(target, { get: (t, key): unknown => (key in t ? Reflect.get(t, key) : () => Promise.resolve()) });

    expect(parseFrontContext(proxy)).toMatchObject({ type: 'singleConversation', conversation: { id: 'cnv_1a2b3c' } });
  });

  it('rejects a context whose conversation lacks an id', () => {
    const conversation = { ...frontConversation(), id: undefined };

    expect(() => parseFrontContext(frontContext('singleConversation', { conversation }))).toThrow(ZodError);
  });
});
