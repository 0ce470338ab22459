import type { FieldDescribe } from './schemas/describe';

/**
 * The label a person expects for a field. A describe labels a lookup by its id column ("Account ID",
 * "Owner ID", "Related To ID"), yet the panel shows the related record's name there, so the label drops the
 * " ID" as Salesforce's own record pages do. Cards, forms and settings all use this one rule so a field is
 * called the same everywhere. A custom lookup is already labelled by the relationship ("Friend").
 */
export function fieldLabel(field: FieldDescribe): string {
  if (field.type !== 'reference') return field.label;
  return field.label.replace(/\s+ID$/i, '') || field.label;
}
