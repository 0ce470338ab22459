// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { HostMessage } from '../../host';
import { emailMessageValues } from './email-message-values';
import { personRole, senderRelationValues } from './email-roles';
import { htmlToText, messageSnippet } from './message-text';
import { frontMessageMarker, markedMessageIds, taskValues } from './task-values';
import { MESSAGES } from './test-support/conversation-fixtures';
import { fakeDescribe } from './test-support/describes';

const emailMessage = fakeDescribe('EmailMessage');
const task = fakeDescribe('Task');
const contact = { sobject: 'Contact', id: '0035g0000000001AAA', name: 'Maya Chen', emails: [MESSAGES.question.from.handle] };
const account = { sobject: 'Account', id: '0015g0000000001AAA', name: 'Acme Robotics' };
const USER_ID = '0055g0000000001AAA';
// Elena writes in and copies Maya: Maya received this inbound message, she did not send it.
const fromElena: HostMessage = {
  ...MESSAGES.question,
  from: { handle: 'elena.petrova@acme.example', name: 'Elena Petrova', type: 'email' },
  to: [{ handle: 'support@oursupport.example', type: 'email' }],
  cc: [{ handle: 'MAYA.CHEN@acme.example', type: 'email' }],
};

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
  it('links a person who wrote the message as its sender, not as a recipient', () => {
    const values = emailMessageValues(MESSAGES.thanks, contact, emailMessage);
    expect(values).toMatchObject({ MessageIdentifier: MESSAGES.thanks.id, Incoming: true, Status: '3', FromAddress: MESSAGES.thanks.from.handle });
    expect(values).not.toHaveProperty('ToIds');
    expect(values).not.toHaveProperty('RelatedToId');
    expect(senderRelationValues(MESSAGES.thanks, contact, USER_ID, '@{log0.id}')).toEqual({
      EmailMessageId: '@{log0.id}', RelationId: contact.id, RelationType: 'FromAddress', RelationAddress: MESSAGES.thanks.from.handle,
    });
  });

  it('links a person the team wrote to as a recipient, and the signed-in user as the sender', () => {
    expect(emailMessageValues(MESSAGES.answer, contact, emailMessage)).toMatchObject({ ToIds: [contact.id], Incoming: false });
    expect(senderRelationValues(MESSAGES.answer, contact, USER_ID, '@{log0.id}')).toMatchObject({ RelationId: USER_ID, RelationType: 'FromAddress' });
    expect(senderRelationValues(MESSAGES.answer, account, USER_ID, '@{log0.id}')).toMatchObject({ RelationId: USER_ID, RelationAddress: MESSAGES.answer.from.handle });
  });

  it('links a person copied on someone else’s message through the list they were on, and no sender it does not know', () => {
    expect(personRole(fromElena, contact)).toBe('CcIds');
    const values = emailMessageValues(fromElena, contact, emailMessage);
    expect(values).toMatchObject({ CcIds: [contact.id], FromAddress: 'elena.petrova@acme.example' });
    expect(values).not.toHaveProperty('ToIds');
    expect(senderRelationValues(fromElena, contact, USER_ID, '@{log0.id}')).toBeUndefined();
    expect(senderRelationValues(MESSAGES.question, account, USER_ID, '@{log0.id}')).toBeUndefined();
  });

  it('goes by the direction when none of the person’s addresses is on the message', () => {
    const unknown = { ...contact, emails: [] };
    expect(personRole(MESSAGES.question, unknown)).toBe('sender');
    expect(personRole(MESSAGES.answer, unknown)).toBe('ToIds');
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

  it('files a person as WhoId whether they wrote the message or received it, and a record as WhatId', () => {
    expect(taskValues(MESSAGES.thanks, contact, task)).toMatchObject({ WhoId: contact.id, Subject: 'Email: Fixed, thanks' });
    const answer = taskValues(MESSAGES.answer, contact, task);
    expect(answer).toMatchObject({ WhoId: contact.id, Subject: 'Email: Calibration steps' });
    expect(String(answer.Description)).toMatch(/^From: Jordan Agent <jordan@oursupport\.example>\nTo: Maya Chen <maya\.chen@acme\.example>\nCc: ops@acme\.example\n/);
    expect(taskValues(MESSAGES.answer, account, task)).toMatchObject({ WhatId: account.id });
    expect(taskValues(MESSAGES.answer, account, task)).not.toHaveProperty('WhoId');
  });

  it('does not read a marker quoted inside a line of the body', () => {
    expect(markedMessageIds('they wrote Front message: msg_other in passing')).toEqual([]);
  });
});
