import type { HostMessage } from '../../host';
import type { SObjectDescribe } from '../../salesforce';
import { personRole } from './email-roles';
import { isPersonTarget, type LogTarget } from './log-target';
import { messageText, sanitizeEmailHtml } from './message-text';
import { addressList, emailOf, fieldLength, fitText } from './record-text';

// EmailMessage.Status '3' is Sent: a logged email is a finished exchange, not a draft or an unread case email.
const SENT = '3';

/** A person who received the message is linked through the list they were on; a sender through their own relation. */
function personLink(message: HostMessage, target: LogTarget): Record<string, unknown> {
  if (!isPersonTarget(target)) return { RelatedToId: target.id };
  const role = personRole(message, target);
  return role === 'sender' ? {} : { [role]: [target.id] };
}

/**
 * A Front message as an EmailMessage. MessageIdentifier holds Front's message id, which is how the message is
 * recognised as logged later. A person is linked through EmailMessageRelation (see personLink and
 * senderRelationValues), a record through RelatedToId. HTML that would not fit whole is left out rather than
 * cut into broken markup: the text body carries the content.
 */
export function emailMessageValues(message: HostMessage, target: LogTarget, describe: SObjectDescribe): Record<string, unknown> {
  const length = (name: string, fallback: number) => fieldLength(describe, name, fallback);
  const html = message.bodyType === 'html' ? sanitizeEmailHtml(message.body) : undefined;
  const fromAddress = emailOf(message.from);
  const fromName = message.from.name?.trim() || (fromAddress ? undefined : message.from.handle);
  const toAddress = addressList(message.to);
  const ccAddress = addressList(message.cc);
  return {
    Subject: message.subject ? fitText(message.subject, length('Subject', 3000)) : null,
    TextBody: fitText(messageText(message), length('TextBody', 32000)),
    ...(html !== undefined && html.length <= length('HtmlBody', 32000) && { HtmlBody: html }),
    ...(fromAddress && { FromAddress: fromAddress }),
    ...(fromName && { FromName: fitText(fromName, length('FromName', 1000)) }),
    ...(toAddress && { ToAddress: fitText(toAddress, length('ToAddress', 4000)) }),
    ...(ccAddress && { CcAddress: fitText(ccAddress, length('CcAddress', 4000)) }),
    MessageDate: message.date.toISOString(),
    Status: SENT,
    Incoming: message.status === 'inbound',
    MessageIdentifier: message.id,
    ...personLink(message, target),
  };
}
