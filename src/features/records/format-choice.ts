import type { FieldDescribe } from '../../salesforce';

// The API returns a picklist's stored value; people know it by its label. A value no longer in the describe
// (deactivated or deleted from the picklist) still shows, as stored.
function labelOf(field: FieldDescribe, value: string): string {
  const entry = field.picklistValues.find((candidate) => candidate.value === value);
  return entry?.label ?? value;
}

export function formatPicklist(field: FieldDescribe, value: string): string {
  return labelOf(field, value);
}

/** Multi-select values arrive joined by ';'. */
export function formatMultiPicklist(field: FieldDescribe, value: string): string {
  return value
    .split(';')
    .filter((part) => part !== '')
    .map((part) => labelOf(field, part))
    .join(', ');
}
