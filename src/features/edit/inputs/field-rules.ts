import type { FieldDescribe } from '../../../salesforce';

export type FormMode = 'create' | 'update';

/** Whether the user may set the field: Salesforce's createable/updateable, minus values Salesforce computes. */
export function isEditable(field: FieldDescribe, mode: FormMode): boolean {
  const allowed = mode === 'create' ? field.createable : field.updateable;
  return allowed && !field.calculated && !field.autoNumber;
}

/**
 * Whether the form must have a value before saving. On create Salesforce fills in defaulted fields itself,
 * so only non-nillable fields without a default are required; a checkbox always has a value, so never.
 */
export function isRequired(field: FieldDescribe, mode: FormMode): boolean {
  if (field.type === 'boolean' || field.nillable) return false;
  return mode === 'create' ? field.createable && !field.defaultedOnCreate : field.updateable;
}
