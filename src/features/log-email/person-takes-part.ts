import type { SfRecord, SObjectDescribe } from '../../salesforce';

// Fewer digits than this are extensions or short codes, too ambiguous to tie a person to a conversation.
const MIN_PHONE_DIGITS = 7;

/** A number's digits without a trunk 0: '020 7946 0958' → 2079460958, '+44 20 7946 0958' → 442079460958. */
function significantDigits(raw: string): string {
  return raw.replace(/\D/g, '').replace(/^0+/, '');
}

// The same number, with or without its country code, ends the same way: comparing the ends tells whether a handle
// of the conversation is one of the person's numbers, without libphonenumber-js in the panel's code.
function samePhone(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_PHONE_DIGITS && longer.endsWith(shorter);
}

function valuesOfType(person: SfRecord, describe: SObjectDescribe, type: string): string[] {
  return describe.fields
    .filter((field) => field.type === type)
    .map((field) => person[field.name])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

/** Every email address on the person's record, from any email field. */
export function personEmails(person: SfRecord, describe: SObjectDescribe): string[] {
  return valuesOfType(person, describe, 'email');
}

/**
 * Whether any of the conversation's participant handles is one of the person's emails (any email field,
 * case-insensitively) or phones (any phone field, compared by digits whatever the formatting).
 */
export function personTakesPart(person: SfRecord, describe: SObjectDescribe, participantHandles: readonly string[]): boolean {
  const emails = new Set(personEmails(person, describe).map((email) => email.trim().toLowerCase()));
  const phones = valuesOfType(person, describe, 'phone').map(significantDigits);
  return participantHandles.some((raw) => {
    const handle = raw.trim();
    if (handle.includes('@')) return emails.has(handle.toLowerCase());
    const digits = significantDigits(handle);
    return phones.some((phone) => samePhone(phone, digits));
  });
}
