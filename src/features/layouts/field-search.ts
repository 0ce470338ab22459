import { fieldLabel, type FieldDescribe } from '../../salesforce';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Alphabetical by label, as Salesforce Setup lists fields. */
export function byLabel(fields: readonly FieldDescribe[]): FieldDescribe[] {
  return [...fields].sort((a, b) => collator.compare(fieldLabel(a), fieldLabel(b)) || collator.compare(a.name, b.name));
}

/** Fields whose label or API name contains the text, ignoring case. */
export function matchingFields(fields: readonly FieldDescribe[], text: string): readonly FieldDescribe[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return fields;
  const matches = (text: string) => text.toLowerCase().includes(needle);
  return fields.filter((field) => matches(field.label) || matches(field.name));
}
