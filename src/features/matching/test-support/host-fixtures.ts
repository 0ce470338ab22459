import type { HostContext, HostMessage, HostRecipient } from '../../../host/host-types';

export const TEAMMATE = { id: 'tea_1', name: 'Jordan Agent', username: 'jordan', email: 'jordan@oursupport.example', isAdmin: false };
const COMPANY = { id: 'cmp_1', name: 'Our Support' };

export const recipient = (handle: string, type = 'email', name?: string): HostRecipient => ({ handle, type, ...(name && { name }) });

export function conversation(main: HostRecipient | undefined, type = 'email', id = 'cnv_1'): Extract<HostContext, { type: 'singleConversation' }> {
  return {
    id: `ctx_${id}`,
    type: 'singleConversation',
    teammate: TEAMMATE,
    company: COMPANY,
    conversation: { id, type, ...(main && { recipient: main }) },
  };
}

let messageCount = 0;

export function message(
  status: HostMessage['status'],
  from: HostRecipient,
  to: readonly HostRecipient[],
  cc: readonly HostRecipient[] = [],
): HostMessage {
  messageCount += 1;
  return { id: `msg_${messageCount}`, date: new Date('2026-01-05T09:00:00Z'), status, from, to, cc, bcc: [], body: 'Hello', bodyType: 'text' };
}
