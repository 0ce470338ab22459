import type { FieldDescribe } from '../metadata/describe-types';

/** Salesforce's "required on create": not nillable, createable, not defaulted, and not a checkbox (never null). */
export function isRequiredOnCreate(field: FieldDescribe): boolean {
  return field.createable && !field.nillable && !field.defaultedOnCreate && field.type !== 'boolean';
}
