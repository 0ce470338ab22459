import { c, likePattern, type Condition, type FieldDescribe, type SObjectDescribe } from '../../salesforce';
import { nationalDigits, phoneLikeText } from './phone';
import type { Subject } from './subject';

function fieldsOfType(describe: SObjectDescribe, type: string): FieldDescribe[] {
  return describe.fields.filter((field) => field.type === type && field.filterable);
}

function anyOf(conditions: Condition[]): Condition | undefined {
  return conditions.length > 0 ? c.or(...conditions) : undefined;
}

/** Every email field equal to the address (Salesforce's `=` ignores case; the input is lowercased anyway). */
export function emailMatch(describe: SObjectDescribe, email: string): Condition | undefined {
  const address = email.trim().toLowerCase();
  return anyOf(fieldsOfType(describe, 'email').map((field) => c.eq(field.name, address)));
}

/**
 * Every phone field holding the number's digits in order, however they are punctuated. It over-matches
 * ('…4155550134' inside a longer number), so results are confirmed by parsing them (see panel-result).
 */
export function phoneMatch(describe: SObjectDescribe, e164: string): Condition | undefined {
  const digits = nationalDigits(e164);
  if (!digits) return undefined;
  const pattern = likePattern.wildcards(phoneLikeText(digits));
  return anyOf(fieldsOfType(describe, 'phone').map((field) => c.like(field.name, pattern)));
}

/** Who the person queries look for; undefined when the object has no field to match on. */
export function personMatch(describe: SObjectDescribe, subject: Subject): Condition | undefined {
  switch (subject.kind) {
    case 'email':
      return emailMatch(describe, subject.email);
    case 'phone':
      return phoneMatch(describe, subject.e164);
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
