import type { HostContext, HostMessage, HostRecipient } from '../../../host';
import { SEED_PEOPLE } from '../../../fake-org/seed/default/seed-people';

const maya: HostRecipient = { handle: SEED_PEOPLE.rich.email, name: `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`, type: 'email' };
const support: HostRecipient = { handle: 'support@oursupport.example', name: 'Our Support', type: 'email' };
const agent: HostRecipient = { handle: 'jordan@oursupport.example', name: 'Jordan Agent', type: 'email' };
const ops: HostRecipient = { handle: 'ops@acme.example', type: 'email' };

/** Maya writes in (HTML with a script and a tracking pixel), the agent answers, Maya confirms on page 2. */
export const MESSAGES = {
  question: {
    id: 'msg_arm_question',
    subject: 'Arm calibration drifts',
    date: new Date('2026-01-05T09:00:00Z'),
    status: 'inbound',
    from: maya,
    to: [support],
    cc: [],
    bcc: [],
    body: '<p>Hello <b>team</b>,</p><p>The arm drifts after the update.</p><script>alert(1)</script><img src="https://tracker.example/p.gif" onerror="alert(2)">',
    bodyType: 'html',
  },
  answer: {
    id: 'msg_arm_answer',
    subject: 'Calibration steps',
    date: new Date('2026-01-05T10:30:00Z'),
    status: 'outbound',
    from: agent,
    to: [maya],
    cc: [ops],
    bcc: [],
    body: 'Hi Maya, run the calibration wizard twice.',
    bodyType: 'text',
  },
  thanks: {
    id: 'msg_arm_thanks',
    subject: 'Fixed, thanks',
    date: new Date('2026-01-06T08:15:00Z'),
    status: 'inbound',
    from: maya,
    to: [agent],
    cc: [],
    bcc: [],
    body: 'That fixed it.',
    bodyType: 'text',
  },
} satisfies Record<string, HostMessage>;

export const CONVERSATION: HostContext = {
  id: 'ctx_cnv_arm',
  type: 'singleConversation',
  teammate: { id: 'tea_1', name: 'Jordan Agent', username: 'jordan', email: agent.handle, isAdmin: false },
  company: { id: 'cmp_1', name: 'Our Support' },
  conversation: { id: 'cnv_arm', type: 'email', recipient: maya },
};

/** Every handle on the conversation, as the app passes them to personTakesPart. */
export const PARTICIPANT_HANDLES = [maya.handle, support.handle, agent.handle, ops.handle];
