import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../fake-org/seed/default/seed-people';
import { parseDemoConversations } from './conversations-schema';

const DEFAULT_FILE = fileURLToPath(new URL('./conversations.json', import.meta.url));

describe('demo conversations file', () => {
  const conversations = parseDemoConversations(readFileSync(DEFAULT_FILE, 'utf8'), DEFAULT_FILE);
  const recipients = conversations.map((c) => c.recipient?.handle);

  it('accepts the bundled conversations', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(10);
  });

  it('covers the senders the demo is meant to show', () => {
    expect(recipients).toEqual(
      expect.arrayContaining([
        SEED_PEOPLE.rich.email,
        SEED_PEOPLE.contactAndLead.email,
        SEED_PEOPLE.unknownAtAccountDomain[0].email,
        SEED_PEOPLE.apostrophe.email,
        SEED_PEOPLE.sharedEmail.email,
        '+14155550134',
      ]),
    );
    expect(conversations.map((c) => c.type)).toEqual(expect.arrayContaining(['email', 'sms', 'internal']));
    expect(conversations.find((c) => c.type === 'internal')?.recipient).toBeUndefined();
  });

  it('has a multi-participant thread long enough to need several pages', () => {
    const thread = conversations.find((c) => c.messages.some((m) => m.to.length > 1 && (m.cc?.length ?? 0) > 1));
    expect(thread?.messages.length).toBeGreaterThanOrEqual(5);
  });

  it('rejects a broken file naming the file and each problem', () => {
    const broken = JSON.stringify([
      { id: 'cnv_1', type: 'fax', subject: 'Hi', messages: [{ id: 'msg_1', date: 'yesterday', status: 'inbound', from: { handle: 'a@b.example', type: 'email' }, to: [], body: '', bodyType: 'html' }] },
    ]);

    const parse = () => parseDemoConversations(broken, '/tmp/broken.json');

    expect(parse).toThrow('/tmp/broken.json is not a valid conversations file');
    expect(parse).toThrow(/at \[0\]\.type/);
    expect(parse).toThrow(/at \[0\]\.messages\[0\]\.date/);
  });

  it('rejects duplicate ids and text that is not JSON', () => {
    const message = { id: 'msg_1', date: '2026-04-01T10:00:00Z', status: 'inbound', from: { handle: 'a@b.example', type: 'email' }, to: [], body: '', bodyType: 'text' };
    const duplicated = JSON.stringify([
      { id: 'cnv_1', type: 'email', subject: 'A', messages: [message] },
      { id: 'cnv_2', type: 'email', subject: 'B', messages: [message] },
    ]);

    expect(() => parseDemoConversations(duplicated, 'dup.json')).toThrow('The id "msg_1" is used more than once');
    expect(() => parseDemoConversations('[{', 'bad.json')).toThrow('bad.json is not valid JSON');
  });
});
