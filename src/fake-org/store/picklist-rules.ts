import type { FieldDescribe } from '../metadata/describe-types';

/**
 * Whether a dependent picklist entry is allowed for the controlling field's value. Salesforce encodes
 * `validFor` as base64 bytes where bit i (most significant bit first) stands for the controller's i-th
 * picklist value, or for false (0) / true (1) when the controller is a checkbox.
 */
export function isValidFor(validFor: string | null, controllerIndex: number): boolean {
  if (!validFor || controllerIndex < 0) return false;
  const bytes = atob(validFor);
  const byte = bytes.charCodeAt(controllerIndex >> 3);
  return Number.isFinite(byte) && (byte & (0x80 >> (controllerIndex & 7))) !== 0;
}

/** The values a multi-select picklist holds (";"-separated on the wire), or the single value of a picklist. */
export function picklistParts(field: FieldDescribe, value: string): string[] {
  return field.type === 'multipicklist' ? value.split(';').filter((part) => part !== '') : [value];
}

/** The position Salesforce's validFor bitmaps use for a controlling field's value, or -1 if it has none. */
export function controllerIndex(controller: FieldDescribe, value: unknown): number {
  if (controller.type === 'boolean') return value === true ? 1 : 0;
  return controller.picklistValues.findIndex((entry) => entry.value === value);
}

/** The active entry flagged as default, which Salesforce fills in on create when no value is given. */
export function defaultPicklistValue(field: FieldDescribe): string | undefined {
  return field.picklistValues.find((entry) => entry.active && entry.defaultValue)?.value;
}
