import type { FieldDescribe, SObjectDescribe } from './schemas/describe';

/**
 * The SELECT items that show `fieldNames` to a person: each lookup also brings its target's Name
 * (`Account.Name` for AccountId, `Who.Name` for the polymorphic WhoId), so a card shows names, not ids.
 * Fields the describe doesn't know (deleted, or hidden by field-level security) are left out, so a stale
 * layout never breaks the query.
 */
export function displaySelect(describe: SObjectDescribe, fieldNames: readonly string[]): string[] {
  const byName = new Map(describe.fields.map((field) => [field.name.toLowerCase(), field]));
  const items = new Set<string>(['Id']);
  for (const name of fieldNames) {
    const field = byName.get(name.toLowerCase());
    if (!field) continue;
    items.add(field.name);
    const lookupName = lookupNamePath(field);
    if (lookupName) items.add(lookupName);
  }
  return [...items];
}

// Standard objects whose name field is not `Name`; polymorphic lookups (Who, What, Owner) always offer Name.
const NAME_FIELD_OF: Readonly<Record<string, string>> = { Case: 'CaseNumber', Contract: 'ContractNumber', Order: 'OrderNumber' };

/** `Account.Name` for a lookup field (`Case.CaseNumber` for a lookup to Case); undefined for any other field. */
export function lookupNamePath(field: FieldDescribe): string | undefined {
  if (field.type !== 'reference' || !field.relationshipName) return undefined;
  const [target, ...others] = field.referenceTo;
  const nameField = others.length === 0 && target ? (NAME_FIELD_OF[target] ?? 'Name') : 'Name';
  return `${field.relationshipName}.${nameField}`;
}
