import type { FieldDescribe } from '../../salesforce';

const TYPE_LABELS: Readonly<Record<string, string>> = {
  address: 'Address',
  boolean: 'Checkbox',
  combobox: 'Picklist',
  currency: 'Currency',
  date: 'Date',
  datetime: 'Date/Time',
  double: 'Number',
  email: 'Email',
  encryptedstring: 'Encrypted text',
  id: 'ID',
  int: 'Number',
  location: 'Geolocation',
  long: 'Number',
  multipicklist: 'Multi-select picklist',
  percent: 'Percent',
  phone: 'Phone',
  picklist: 'Picklist',
  string: 'Text',
  textarea: 'Text area',
  time: 'Time',
  url: 'URL',
};

/** The field's type as Salesforce Setup names it: "Lookup (Account)", "Formula (Number)", "Rich text"… */
export function fieldTypeLabel(field: FieldDescribe): string {
  if (field.type === 'reference') return `Lookup (${field.referenceTo.join(', ')})`;
  if (field.type === 'textarea' && field.htmlFormatted) return 'Rich text';
  const base = TYPE_LABELS[field.type] ?? field.type;
  return field.calculated ? `Formula (${base})` : base;
}

/** Required on create, as Salesforce's own forms mark it: no blank allowed and no default to fill it. */
export function isRequiredField(field: FieldDescribe): boolean {
  return field.createable && !field.nillable && !field.defaultedOnCreate;
}
