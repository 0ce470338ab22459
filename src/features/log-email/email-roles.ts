import type { HostMessage, HostRecipient } from '../../host';
import { isPersonTarget, type LogTarget } from './log-target';
import { emailOf } from './record-text';

/** Where a person stands on one email: its sender, or one of its recipient lists (EmailMessage's JunctionIdLists). */
export type PersonRole = 'sender' | 'ToIds' | 'CcIds' | 'BccIds';

/**
 * The person's place on the message, found by their email addresses. Where none of them is on it (a phone
 * channel, an address Salesforce doesn't know), the direction decides: an inbound message comes from the
 * customer, an outbound one goes to them.
 */
export function personRole(message: HostMessage, target: LogTarget): PersonRole {
  const emails = new Set((target.emails ?? []).map((email) => email.trim().toLowerCase()));
  const isPerson = (recipient: HostRecipient) => emails.has(recipient.handle.trim().toLowerCase());
  if (isPerson(message.from)) return 'sender';
  if (message.to.some(isPerson)) return 'ToIds';
  if (message.cc.some(isPerson)) return 'CcIds';
  if (message.bcc.some(isPerson)) return 'BccIds';
  return message.status === 'inbound' ? 'sender' : 'ToIds';
}

/** The Salesforce record that sent the message, where it is known: the person, or for the team's replies the signed-in user. */
function senderId(message: HostMessage, target: LogTarget, userId: string | undefined): string | undefined {
  if (isPersonTarget(target) && personRole(message, target) === 'sender') return target.id;
  return message.status === 'outbound' ? userId : undefined;
}

/**
 * The sender's EmailMessageRelation. Salesforce writes recipients' relations from ToIds, CcIds and BccIds, but
 * an EmailMessage has no such list for its sender: that relation (RelationType FromAddress) is created on its
 * own, and Salesforce's reply and forward need its address to be the email's FromAddress. An unknown sender
 * gets none: a relation with no RelationId is what Salesforce makes for bare addresses, not known to be
 * accepted from the API.
 */
export function senderRelationValues(
  message: HostMessage,
  target: LogTarget,
  userId: string | undefined,
  emailMessageId: string,
): Record<string, unknown> | undefined {
  const relationId = senderId(message, target, userId);
  if (relationId === undefined) return undefined;
  const address = emailOf(message.from);
  return { EmailMessageId: emailMessageId, RelationId: relationId, RelationType: 'FromAddress', ...(address && { RelationAddress: address }) };
}
