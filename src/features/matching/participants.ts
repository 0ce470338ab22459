import type { HostContext, HostMessage, HostRecipient } from '../../host/host-types';
import { isFreeMailDomain } from '../../lib/free-mail';
import { emailDomain, isEmailAddress } from '../../lib/email-domain';
import type { PhoneNumbers } from './phone-numbers';
import { subjectKey, type Subject } from './subject';

export interface ParticipantOptions {
  /** ISO country for numbers written without a country code. */
  readonly defaultCountry: string | undefined;
  /** Until they are loaded (see hasPhoneHandle), phone handles are left out. */
  readonly phoneNumbers: PhoneNumbers | undefined;
}

// Digits with the punctuation people write numbers with, and enough digits to be a number at all.
const PHONE_LIKE = /^\+?[\d\s().-]+$/;
const MIN_PHONE_DIGITS = 6;

function looksLikePhone(handle: string): boolean {
  return PHONE_LIKE.test(handle) && handle.replace(/\D/g, '').length >= MIN_PHONE_DIGITS;
}

function withName<T extends Subject>(subject: T, name: string | undefined): T {
  const trimmed = name?.trim();
  return trimmed ? { ...subject, name: trimmed } : subject;
}

function isEmailHandle(recipient: HostRecipient): boolean {
  const type = recipient.type.toLowerCase();
  return type === 'email' || (type !== 'phone' && isEmailAddress(recipient.handle.trim()));
}

function isPhoneHandle(recipient: HostRecipient): boolean {
  return !isEmailHandle(recipient) && (recipient.type.toLowerCase() === 'phone' || looksLikePhone(recipient.handle.trim()));
}

/** The handle as a subject, or undefined for anything that is neither an email nor a usable phone number. */
function toSubject(recipient: HostRecipient, options: ParticipantOptions): Subject | undefined {
  const handle = recipient.handle.trim();
  if (isEmailHandle(recipient)) {
    return isEmailAddress(handle) ? withName({ kind: 'email', email: handle.toLowerCase() }, recipient.name) : undefined;
  }
  if (!isPhoneHandle(recipient)) return undefined;
  const phone = options.phoneNumbers?.parsePhone(handle, options.defaultCountry);
  return phone ? withName({ kind: 'phone', ...phone, raw: handle }, recipient.name) : undefined;
}

function handlesOf(context: HostContext, messages: readonly HostMessage[]): HostRecipient[] {
  if (context.type !== 'singleConversation') return [];
  const recipient = context.conversation.recipient;
  return [...(recipient ? [recipient] : []), ...messages.flatMap((message) => [message.from, ...message.to, ...message.cc])];
}

/** Whether the conversation has a phone number on it: only then do the phone functions need to be loaded. */
export function hasPhoneHandle(context: HostContext, messages: readonly HostMessage[]): boolean {
  return handlesOf(context, messages).some(isPhoneHandle);
}

interface TeamFilter {
  readonly ownKeys: ReadonlySet<string>;
  /** The team's email domain, unless it is a free-mail domain every customer may share. */
  readonly teamDomain: string | undefined;
}

function teamFilter(context: HostContext, messages: readonly HostMessage[], options: ParticipantOptions): TeamFilter {
  const channels = messages.filter((message) => message.status === 'outbound').map((message) => toSubject(message.from, options));
  const ownKeys = new Set([`email:${context.teammate.email.trim().toLowerCase()}`]);
  for (const channel of channels) if (channel) ownKeys.add(subjectKey(channel));
  const domain = emailDomain(context.teammate.email);
  return { ownKeys, teamDomain: domain && !isFreeMailDomain(domain) ? domain : undefined };
}

function isExternal(subject: Subject, team: TeamFilter): boolean {
  if (team.ownKeys.has(subjectKey(subject))) return false;
  return !(subject.kind === 'email' && team.teamDomain !== undefined && emailDomain(subject.email) === team.teamDomain);
}

/**
 * Everyone outside the team on the conversation: its main recipient first, then each other handle from the
 * messages (from, to, cc) once. Empty for anything but a single conversation, and for internal discussions.
 */
export function participantsOf(context: HostContext, messages: readonly HostMessage[], options: ParticipantOptions): Subject[] {
  if (context.type !== 'singleConversation') return [];
  const team = teamFilter(context, messages, options);
  const byKey = new Map<string, Subject>();
  for (const handle of handlesOf(context, messages)) {
    const subject = toSubject(handle, options);
    if (!subject || !isExternal(subject, team)) continue;
    const key = subjectKey(subject);
    const known = byKey.get(key);
    // A later message may name a handle the first one left anonymous.
    if (!known) byKey.set(key, subject);
    else if (!known.name && subject.name) byKey.set(key, { ...known, name: subject.name });
  }
  return [...byKey.values()];
}
