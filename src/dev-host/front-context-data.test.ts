// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseFrontContext } from '../host/front-context-schema';
import conversationsJson from './conversations.json';
import { demoConversationsSchema } from './conversations-schema';
import { frontContextData, type ContextSettings } from './front-context-data';

const conversations = demoConversationsSchema.parse(conversationsJson);
const byId = (id: string) => conversations.filter((c) => c.id === id);
const settings: ContextSettings = { isAdmin: false, linksByConversation: new Map() };

describe('frontContextData', () => {
  it('is a noConversation context when nothing is selected', () => {
    expect(frontContextData([], settings)).toMatchObject({
      type: 'noConversation',
      teammate: { name: 'Alex Morgan', email: 'alex@northwind-support.example', is_admin: false },
      company: { name: 'Northwind Support' },
    });
  });

  it('is a singleConversation context in Front’s shape for one conversation', () => {
    const data = frontContextData(byId('cnv_maya_email'), settings);

    expect(data).toMatchObject({
      type: 'singleConversation',
      conversation: {
        id: 'cnv_maya_email',
        type: 'email',
        status: 'open',
        subject: 'Robot arm calibration drifts after an hour',
        blurb: 'Logs attached. The drift starts right after the nightly sync. Maya',
        recipient: { handle: 'maya.chen@acme.example', name: 'Maya Chen', type: 'email' },
        channels: [{ address: 'support@northwind-support.example' }],
        tags: [],
        links: [],
        ticketIds: [],
        draftId: undefined,
      },
    });
  });

  it('gives an SMS conversation a phone handle as recipient and no subject', () => {
    const data = frontContextData(byId('cnv_maya_sms'), settings);

    expect(data).toMatchObject({ conversation: { type: 'sms', subject: undefined, recipient: { handle: '+14155550134', type: 'phone' } } });
  });

  it('gives an internal discussion no recipient', () => {
    expect(frontContextData(byId('cnv_internal_renewal'), settings)).toMatchObject({ conversation: { type: 'internal', recipient: undefined } });
  });

  it('is a multiConversations context listing every selected conversation', () => {
    const data = frontContextData([...byId('cnv_maya_email'), ...byId('cnv_sam_both')], settings);

    expect(data.type).toBe('multiConversations');
    expect('conversations' in data && data.conversations.map((c) => c.recipient?.handle)).toEqual(['maya.chen@acme.example', 'sam.rivera@brightwave.example']);
  });

  it('carries the admin switch as teammate.is_admin', () => {
    expect(frontContextData([], { ...settings, isAdmin: true }).teammate.is_admin).toBe(true);
  });

  it('includes the links added to the conversation', () => {
    const link = { id: 'top_1', type: 'web', name: 'Maya Chen', externalUrl: 'https://demo.my.salesforce.com/003', appUrl: 'https://app.frontapp.com/open/top_1' };

    const data = frontContextData(byId('cnv_maya_email'), { ...settings, linksByConversation: new Map([['cnv_maya_email', [link]]]) });

    expect(data).toMatchObject({ conversation: { links: [link] } });
  });

  it('is readable by the plugin’s own context parser', () => {
    const raw = { ...frontContextData(byId('cnv_acme_rollout'), { ...settings, isAdmin: true }), id: 'ctx_demo_1', functionArities: {} };

    expect(parseFrontContext(raw)).toEqual({
      id: 'ctx_demo_1',
      type: 'singleConversation',
      teammate: { id: 'tea_alex', name: 'Alex Morgan', username: 'alex', email: 'alex@northwind-support.example', isAdmin: true },
      company: { id: 'cmp_nw01', name: 'Northwind Support' },
      conversation: {
        id: 'cnv_acme_rollout',
        type: 'email',
        subject: 'Rollout of the new picking robots in Oakland',
        recipient: { handle: 'ravi.shah@acme.example', name: 'Ravi Shah', type: 'email' },
      },
    });
  });
});
