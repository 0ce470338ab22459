import type { HostRecipient } from '../../host';
import type { SObjectDescribe } from '../../salesforce';

/** The field's length in this org's describe, so text is cut where this org cuts it. */
export function fieldLength(describe: SObjectDescribe, name: string, fallback: number): number {
  const length = describe.fields.find((field) => field.name === name)?.length;
  return length !== undefined && length > 0 ? length : fallback;
}

/** Text cut to `max` characters (an ellipsis marks the cut): Salesforce refuses a save with a longer value. */
export function fitText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// Salesforce's own check for email fields; a handle that fails it (a phone, a social id) is kept out of them.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailOf(recipient: HostRecipient): string | undefined {
  const handle = recipient.handle.trim();
  return EMAIL.test(handle) ? handle : undefined;
}

/** How a sender or recipient reads: "Maya Chen <maya@acme.example>", or just the handle. */
export function displayRecipient(recipient: HostRecipient): string {
  const name = recipient.name?.trim();
  return name && name !== recipient.handle ? `${name} <${recipient.handle}>` : recipient.handle;
}

/** Address fields hold email addresses separated by "; ", as Salesforce writes them. */
export function addressList(recipients: readonly HostRecipient[]): string | undefined {
  const emails = recipients.map(emailOf).filter((email): email is string => email !== undefined);
  return emails.length > 0 ? emails.join('; ') : undefined;
}
