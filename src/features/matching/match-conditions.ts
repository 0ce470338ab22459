import { c, likePattern, type Condition, type FieldDescribe, type SObjectDescribe } from '../../salesforce';
import { baseAddress, normalizedAddress } from './base-address';
import type { Subject } from './subject';

function fieldsOfType(describe: SObjectDescribe, type: string): FieldDescribe[] {
  return describe.fields.filter((field) => field.type === type && field.filterable);
}

function anyOf(conditions: Condition[]): Condition | undefined {
  return conditions.length > 0 ? c.or(...conditions) : undefined;
}

/**
 * Every email field equal to the address or to its base address without the plus tag, in the same query so
 * that a tagged sender still costs one call; panel-result tells the two apart (Salesforce's `=` and `IN`
 * ignore case; the input is lowercased anyway).
 */
export function emailMatch(describe: SObjectDescribe, email: string): Condition | undefined {
  const address = normalizedAddress(email);
  const base = baseAddress(email);
  const equal = (field: string) => (base ? c.in(field, [address, base]) : c.eq(field, address));
  return anyOf(fieldsOfType(describe, 'email').map((field) => equal(field.name)));
}

/**
 * A LIKE pattern matching those digits with anything around and between them, so '(415) 555-0134',
 * '415.555.0134' and '+1 415 555 0134' all match '%4%1%5%5%5%5%0%1%3%4'. Built from digits only.
 */
function phoneLikeText(digits: string): string {
  return [...digits.replace(/\D/g, '')].map((digit) => `%${digit}`).join('');
}

/**
 * Every phone field holding the number's national digits in order, however they are punctuated. It over-matches
 * ('…4155550134' inside a longer number), so results are confirmed by parsing them (see panel-result).
 */
export function phoneMatch(describe: SObjectDescribe, nationalDigits: string): Condition | undefined {
  if (!nationalDigits) return undefined;
  const pattern = likePattern.wildcards(phoneLikeText(nationalDigits));
  return anyOf(fieldsOfType(describe, 'phone').map((field) => c.like(field.name, pattern)));
}

/** Who the person queries look for; undefined when the object has no field to match on. */
export function personMatch(describe: SObjectDescribe, subject: Subject): Condition | undefined {
  switch (subject.kind) {
    case 'email':
      return emailMatch(describe, subject.email);
    case 'phone':
      return phoneMatch(describe, subject.national);
    case 'record':
      return subject.sobject === describe.name ? c.eq('Id', subject.id) : undefined;
  }
}

export function phoneFieldNames(describe: SObjectDescribe): string[] {
  return fieldsOfType(describe, 'phone').map((field) => field.name);
}

export function emailFieldNames(describe: SObjectDescribe): string[] {
  return fieldsOfType(describe, 'email').map((field) => field.name);
}
