import type { FieldDescribe, PicklistEntry, SObjectDescribe } from '../../../salesforce';
import type { FormValue, FormValues } from './form-value';

/**
 * Whether an entry's `validFor` allows the controlling value at `index`. Salesforce sends a base64 bitmap
 * in which bit i, most significant bit first in each byte, stands for the controller's i-th picklist value
 * (all of them, active or not, in describe order), or for unchecked (0) / checked (1) when it is a checkbox.
 */
export function isValidFor(validFor: string | null, index: number): boolean {
  if (!validFor || index < 0) return false;
  let bytes: string;
  try {
    bytes = atob(validFor);
  } catch {
    return false;
  }
  const byte = bytes.charCodeAt(index >> 3);
  return !Number.isNaN(byte) && (byte & (0x80 >> (index & 7))) !== 0;
}

/** The controlling field of a dependent picklist, or undefined for an independent one. */
export function controllerOf(describe: SObjectDescribe, field: FieldDescribe): FieldDescribe | undefined {
  if (!field.dependentPicklist || !field.controllerName) return undefined;
  const { controllerName } = field;
  return describe.fields.find((candidate) => candidate.name === controllerName);
}

/** The position of the controlling field's current value in the validFor bitmaps; -1 while it has none. */
function controllerIndex(controller: FieldDescribe, value: FormValue | undefined): number {
  if (controller.type === 'boolean') return value === true ? 1 : 0;
  if (typeof value !== 'string' || value === '') return -1;
  return controller.picklistValues.findIndex((entry) => entry.value === value);
}

/**
 * Active values a picklist offers given the form's other values: every active value for an independent
 * picklist, and for a dependent one only those its controlling field's current value allows (none while the
 * controller is empty). A controller hidden from this user can't be checked, so nothing is filtered then.
 */
export function allowedPicklistValues(describe: SObjectDescribe, field: FieldDescribe, values: FormValues): PicklistEntry[] {
  const active = field.picklistValues.filter((entry) => entry.active);
  const controller = controllerOf(describe, field);
  if (!controller) return active;
  const index = controllerIndex(controller, values[controller.name]);
  return active.filter((entry) => isValidFor(entry.validFor, index));
}
