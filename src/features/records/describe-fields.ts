import type { FieldDescribe, SObjectDescribe } from '../../salesforce';

/**
 * The describes of the layout's fields, in layout order. Names are matched case-insensitively, and fields the
 * describe doesn't know (deleted, or hidden from this user) are skipped, so a stale layout never breaks a card.
 */
export function layoutFieldDescribes(describe: SObjectDescribe, fieldNames: readonly string[]): FieldDescribe[] {
  const byName = new Map(describe.fields.map((field) => [field.name.toLowerCase(), field]));
  return fieldNames.flatMap((name) => byName.get(name.toLowerCase()) ?? []);
}
