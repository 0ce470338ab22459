import type { FieldDescribe } from '../../salesforce';

/**
 * The label a person expects. Describes label lookups by their id column ("Account ID", "Owner ID"), but the
 * card shows the related record's name, so the label drops the " ID" as Salesforce's own record pages do.
 */
export function fieldLabel(field: FieldDescribe): string {
  if (field.type !== 'reference') return field.label;
  return field.label.replace(/\s+ID$/i, '') || field.label;
}
