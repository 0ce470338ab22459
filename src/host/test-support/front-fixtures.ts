// Raw payloads shaped like the ones Front's SDK delivers (ui-bridge 2.0.0-beta19 types), for tests that go
// through the real parsing instead of hand-building HostContext objects.

export const frontTeammate = {
  id: 'tea_6r2ku',
  name: 'Alex Morgan',
  username: 'alex',
  email: 'alex@northwind-support.example',
  is_admin: false,
};

export const frontCompany = { id: 'cmp_3kq1', name: 'Northwind Support' };

const supportInbox = { id: 'inb_8x1c', ownerId: 'tim_2b4', name: 'Support', color: '#3d7eff' };

export function frontRecipient(handle: string, name?: string, type = 'email') {
  return { handle, name, type, contact: undefined };
}

export function frontConversation(overrides: Record<string, unknown> = {}) {
  return {
    id: 'cnv_1a2b3c',
    type: 'email',
    status: 'open',
    subject: 'Robot arm calibration',
    blurb: 'Hi Alex, the arm drifts after an hour…',
    assignee: frontTeammate,
    recipient: frontRecipient('maya.chen@acme.example', 'Maya Chen'),
    channels: [{ id: 'cha_51', type: 'email', inbox: supportInbox, name: 'Support', address: 'support@northwind-support.example' }],
    inboxes: [supportInbox],
    tags: [],
    topics: [],
    links: [],
    closedAt: undefined,
    statusId: undefined,
    statusCategory: undefined,
    ticketIds: [],
    customFieldAttributes: [],
    draftId: undefined,
    ...overrides,
  };
}

const CONVERSATION_FUNCTIONS = { openUrl: 2, addLink: 3, removeLink: 2, tag: 2, untag: 2, assign: 2, setStatus: 2 };

export function frontContext(type: string, overrides: Record<string, unknown> = {}) {
  const singleOnly = type === 'singleConversation' ? { listMessages: 2, listRecipients: 2, listComments: 2 } : {};
  return {
    id: `ctx_${type}_1`,
    type,
    functionArities: type === 'noConversation' ? { openUrl: 2 } : { ...CONVERSATION_FUNCTIONS, ...singleOnly },
    preferences: {},
    authentication: {},
    teammate: frontTeammate,
    company: frontCompany,
    entryPoint: undefined,
    ...overrides,
  };
}

export function frontMessage(overrides: Record<string, unknown> = {}) {
  return {
    id: 'msg_9f8e7d',
    subject: 'Robot arm calibration',
    date: new Date('2026-03-02T09:15:00Z'),
    status: 'inbound',
    from: frontRecipient('maya.chen@acme.example', 'Maya Chen'),
    replyTo: undefined,
    to: [frontRecipient('support@northwind-support.example', 'Northwind Support')],
    cc: undefined,
    bcc: undefined,
    content: { body: '<p>Hi Alex, the arm drifts after an hour.</p>', type: 'html', attachments: [] },
    ...overrides,
  };
}
