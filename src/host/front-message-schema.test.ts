import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { parseFrontMessagePage } from './front-message-schema';
import { frontMessage, frontRecipient } from './test-support/front-fixtures';

describe('parseFrontMessagePage', () => {
  it('reads a message with its recipients, body and date', () => {
    const page = parseFrontMessagePage({
      results: [frontMessage({ cc: [frontRecipient('ravi.shah@acme.example', 'Ravi Shah')], bcc: [] })],
      nextPageToken: undefined,
    });

    expect(page).toEqual({
      messages: [
        {
          id: 'msg_9f8e7d',
          subject: 'Robot arm calibration',
          date: new Date('2026-03-02T09:15:00Z'),
          status: 'inbound',
          from: { handle: 'maya.chen@acme.example', name: 'Maya Chen', type: 'email' },
          to: [{ handle: 'support@northwind-support.example', name: 'Northwind Support', type: 'email' }],
          cc: [{ handle: 'ravi.shah@acme.example', name: 'Ravi Shah', type: 'email' }],
          bcc: [],
          body: '<p>Hi Alex, the arm drifts after an hour.</p>',
          bodyType: 'html',
        },
      ],
    });
  });

  it('keeps the token of the next page', () => {
    const page = parseFrontMessagePage({ results: [frontMessage()], nextPageToken: 'page:2' });

    expect(page.nextPageToken).toBe('page:2');
  });

  it('reads a message without content or cc/bcc as an empty text body with no copies', () => {
    const page = parseFrontMessagePage({ results: [frontMessage({ content: undefined, cc: undefined, bcc: undefined })], nextPageToken: undefined });

    expect(page.messages[0]).toMatchObject({ body: '', bodyType: 'text', cc: [], bcc: [] });
    expect(page).not.toHaveProperty('nextPageToken');
  });

  it('accepts an ISO date string as well as a Date', () => {
    const page = parseFrontMessagePage({ results: [frontMessage({ date: '2026-03-02T09:15:00.000Z' })] });

    expect(page.messages[0]?.date).toEqual(new Date('2026-03-02T09:15:00Z'));
  });

  it('reads SMS messages whose handles are phone numbers', () => {
    const sms = frontMessage({ subject: undefined, from: frontRecipient('+14155550134', undefined, 'phone'), to: [frontRecipient('+14155550100', 'Support line', 'phone')], content: { body: 'Is my order shipped?', type: 'text', attachments: [] } });

    const [message] = parseFrontMessagePage({ results: [sms] }).messages;

    expect(message).toMatchObject({ from: { handle: '+14155550134', type: 'phone' }, body: 'Is my order shipped?', bodyType: 'text' });
    expect(message).not.toHaveProperty('subject');
  });

  it('rejects a message with an unknown status', () => {
    expect(() => parseFrontMessagePage({ results: [frontMessage({ status: 'draft' })] })).toThrow(ZodError);
  });
});
