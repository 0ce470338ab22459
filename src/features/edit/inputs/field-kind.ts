import type { FieldDescribe } from '../../../salesforce';

/** Which control edits a field, decided by its describe type (and, for long text, whether it holds HTML). */
export type InputKind =
  | 'text'
  | 'textarea'
  | 'richtext'
  | 'email'
  | 'phone'
  | 'url'
  | 'combobox'
  | 'picklist'
  | 'multipicklist'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'time'
  | 'number'
  | 'reference'
  | 'unsupported';

const SAME_NAME: ReadonlySet<string> = new Set<InputKind>([
  'email',
  'phone',
  'url',
  'combobox',
  'picklist',
  'multipicklist',
  'boolean',
  'date',
  'datetime',
  'time',
  'reference',
]);

const NUMERIC: ReadonlySet<string> = new Set(['currency', 'double', 'percent', 'int']);

/** A rich text area: Salesforce marks it with extraTypeInfo 'richtextarea', and its value is HTML. */
function isRichText(field: FieldDescribe): boolean {
  return field.extraTypeInfo === 'richtextarea' || field.htmlFormatted;
}

export function inputKind(field: FieldDescribe): InputKind {
  if ((field.type === 'textarea' || field.type === 'string') && isRichText(field)) return 'richtext';
  if (field.type === 'string' || field.type === 'encryptedstring') return 'text';
  if (field.type === 'textarea') return 'textarea';
  if (NUMERIC.has(field.type)) return 'number';
  if (SAME_NAME.has(field.type)) return field.type as InputKind;
  // Compound (address, location), id, base64 and anyType fields are not edited as one value.
  return 'unsupported';
}

/** Kinds whose form value is the text the user typed, limited to the field's length. */
export function isLengthLimited(kind: InputKind): boolean {
  return ['text', 'textarea', 'richtext', 'email', 'phone', 'url', 'combobox'].includes(kind);
}
