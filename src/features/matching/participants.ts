import type { HostContext, HostMessage, HostRecipient } from '../../host/host-types';
import { isFreeMailDomain } from '../../lib/free-mail';
import { emailDomain, isEmailAddress } from './email-domain';
import { toE164 } from './phone';
import { subjectKey, type Subject } from './subject';

export interface ParticipantOptions {
  /** ISO country for numbers written without a country code. */
  readonly defaultCountry: string | undefined;
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

/** The handle as a subject, or undefined for anything that is neither an email nor a usable phone number. */
export function toSubject(recipient: HostRecipient, options: ParticipantOptions): Subject | undefined {
  const handle = recipient.handle.trim();
  const type = recipient.type.toLowerCase();
  if (type === 'email' || (type !== 'phone' && isEmailAddress(handle))) {
    return isEmailAddress(handle) ? withName({ kind: 'email', email: handle.toLowerCase() }, recipient.name) : undefined;
  }
  if (type === 'phone' || looksLikePhone(handle)) {
    const e164 = toE164(handle, options.defaultCountry);
    return e164 ? withName({ kind: 'phone', e164, raw: handle }, recipient.name) : undefined;
  }
  return undefined;
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
  const recipient = context.conversation.recipient;
  const handles = [...(recipient ? [recipient] : []), ...messages.flatMap((message) => [message.from, ...message.to, ...message.cc])];
  const byKey = new Map<string, Subject>();
  for (const handle of handles) {
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
