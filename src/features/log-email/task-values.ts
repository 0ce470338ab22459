import type { HostMessage } from '../../host';
import type { SObjectDescribe } from '../../salesforce';
import { isPersonTarget, type LogTarget } from './log-target';
import { messageText } from './message-text';
import { displayRecipient, fieldLength, fitText } from './record-text';

const MARKER_PREFIX = 'Front message: ';
// Front's message ids are short tokens (msg_…); anything else after the prefix is not our marker.
const MARKER = /^Front message: (\S+)$/gm;

/**
 * Task has no field for an email's identity, so the Front message id goes on the last line of Description.
 * Description is a long text area, which SOQL cannot filter on, so the marker is read back on the client.
 */
export function frontMessageMarker(messageId: string): string {
  return `${MARKER_PREFIX}${messageId}`;
}

export function markedMessageIds(description: string): string[] {
  return [...description.matchAll(MARKER)].map((match) => match[1] ?? '');
}

/** The message's local calendar day: what the agent sees as its date in Front. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function header(message: HostMessage): string {
  const lines = [`From: ${displayRecipient(message.from)}`];
  if (message.to.length > 0) lines.push(`To: ${message.to.map(displayRecipient).join(', ')}`);
  if (message.cc.length > 0) lines.push(`Cc: ${message.cc.map(displayRecipient).join(', ')}`);
  return lines.join('\n');
}

/**
 * A Front message as a completed Task of subtype Email, for orgs without Enhanced Email. The marker is
 * appended after the body is cut to size, so it always survives.
 */
export function taskValues(message: HostMessage, target: LogTarget, describe: SObjectDescribe): Record<string, unknown> {
  const marker = `\n\n${frontMessageMarker(message.id)}`;
  const room = fieldLength(describe, 'Description', 32000) - marker.length;
  const description = fitText(`${header(message)}\n\n${messageText(message)}`, room) + marker;
  return {
    Subject: fitText(`Email: ${message.subject ?? '(no subject)'}`, fieldLength(describe, 'Subject', 255)),
    TaskSubtype: 'Email',
    Status: 'Completed',
    ActivityDate: localDay(message.date),
    Description: description,
    ...(isPersonTarget(target) ? { WhoId: target.id } : { WhatId: target.id }),
  };
}
