// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { HostMessage } from '../../host';
import { emailMessageValues } from './email-message-values';
import { htmlToText, messageSnippet } from './message-text';
import { frontMessageMarker, markedMessageIds, taskValues } from './task-values';
import { MESSAGES } from './test-support/conversation-fixtures';
import { fakeDescribe } from './test-support/describes';

const emailMessage = fakeDescribe('EmailMessage');
const task = fakeDescribe('Task');
const contact = { sobject: 'Contact', id: '0035g0000000001AAA', name: 'Maya Chen' };

describe('htmlToText', () => {
  it('keeps what a reader sees: text, line breaks, paragraphs; drops scripts and styles', () => {
    expect(htmlToText('<style>p{color:red}</style><p>One<br>two</p><script>alert(1)</script><div>three</div>')).toBe('One\ntwo\nthree');
  });

  it('snips a long message to one line for the picker', () => {
    const long: Pick<HostMessage, 'body' | 'bodyType'> = { body: `<p>${'word '.repeat(60)}</p>`, bodyType: 'html' };
    expect(messageSnippet(long)).toHaveLength(120);
    expect(messageSnippet(long).endsWith('…')).toBe(true);
  });
});

describe('emailMessageValues', () => {
  it('links a person as a recipient (ToIds), not through RelatedToId', () => {
    const values = emailMessageValues(MESSAGES.thanks, contact, emailMessage);
    expect(values).toMatchObject({ ToIds: [contact.id], MessageIdentifier: MESSAGES.thanks.id, Incoming: true, Status: '3' });
    expect(values).not.toHaveProperty('RelatedToId');
  });

  it('keeps non-email handles out of address fields and names the sender instead', () => {
    const sms: HostMessage = { ...MESSAGES.thanks, from: { handle: '+14155550134', type: 'phone' }, to: [{ handle: '+14155550100', type: 'phone' }] };
    const values = emailMessageValues(sms, contact, emailMessage);
    expect(values).toMatchObject({ FromName: '+14155550134' });
    expect(values).not.toHaveProperty('FromAddress');
    expect(values).not.toHaveProperty('ToAddress');
  });

  it('leaves out HTML too long to store whole, and cuts the text to the field', () => {
    const huge: HostMessage = { ...MESSAGES.question, body: `<p>${'x'.repeat(200_000)}</p>` };
    const values = emailMessageValues(huge, contact, emailMessage);
    expect(values).not.toHaveProperty('HtmlBody');
    expect(String(values.TextBody)).toHaveLength(131072);
  });
});

describe('taskValues', () => {
  it('keeps the Front marker on the last line even when the body is cut', () => {
    const huge: HostMessage = { ...MESSAGES.thanks, body: 'y'.repeat(40_000) };
    const description = String(taskValues(huge, contact, task).Description);
    expect(description).toHaveLength(32000);
    expect(description.endsWith(`\n\n${frontMessageMarker(MESSAGES.thanks.id)}`)).toBe(true);
    expect(markedMessageIds(description)).toEqual([MESSAGES.thanks.id]);
  });

  it('files a person as WhoId', () => {
    expect(taskValues(MESSAGES.thanks, contact, task)).toMatchObject({ WhoId: contact.id, Subject: 'Email: Fixed, thanks' });
  });

  it('does not read a marker quoted inside a line of the body', () => {
    expect(markedMessageIds('they wrote Front message: msg_other in passing')).toEqual([]);
  });
});
