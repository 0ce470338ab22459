import type { PicklistEntry } from './describe-types';

/** A value, or [value, label] when Salesforce shows a different label (e.g. ['3', 'Sent']). */
export type PicklistValue = string | readonly [value: string, label: string];

export interface PicklistOptions {
  /** The value marked `defaultValue: true` (the describe's field-level defaultValue is set separately). */
  defaultValue?: string;
  /** Values kept for old records but no longer offered (`active: false`). */
  inactive?: readonly string[];
}

function entry(value: PicklistValue, options: PicklistOptions, validFor: string | null): PicklistEntry {
  const [val, label] = typeof value === 'string' ? [value, value] : value;
  return {
    active: !(options.inactive ?? []).includes(val),
    defaultValue: options.defaultValue === val,
    label,
    validFor,
    value: val,
  };
}

/** Picklist entries in Salesforce's key order, in the order given. */
export function picklist(values: readonly PicklistValue[], options: PicklistOptions = {}): PicklistEntry[] {
  return values.map((value) => entry(value, options, null));
}

/**
 * Salesforce's `validFor`: a bitmap over the controlling field's values, bit i set when controlling
 * value i enables this entry, most significant bit first in each byte, base64-encoded. Real orgs trim
 * trailing zero bytes to a multiple of three (so the base64 has no padding), at least three bytes.
 */
export function encodeValidFor(controllingIndexes: readonly number[]): string {
  const highest = Math.max(-1, ...controllingIndexes);
  const byteCount = Math.max(3, Math.ceil((Math.floor(highest / 8) + 1) / 3) * 3);
  const bytes = new Uint8Array(byteCount);
  for (const index of controllingIndexes) bytes[index >> 3] = (bytes[index >> 3] ?? 0) | (0x80 >> (index % 8));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Entries of a dependent picklist: `valuesByController` maps each controlling value to the dependent
 * values it allows; a dependent value allowed by several controlling values carries all their bits.
 */
export function dependentPicklist(
  controllingValues: readonly string[],
  valuesByController: Readonly<Record<string, readonly PicklistValue[]>>,
  options: PicklistOptions = {},
): PicklistEntry[] {
  const order: PicklistValue[] = [];
  const enabledBy = new Map<string, number[]>();
  controllingValues.forEach((controller, index) => {
    for (const value of valuesByController[controller] ?? []) {
      const key = typeof value === 'string' ? value : value[0];
      if (!enabledBy.has(key)) {
        enabledBy.set(key, []);
        order.push(value);
      }
      enabledBy.get(key)?.push(index);
    }
  });
  return order.map((value) => {
    const key = typeof value === 'string' ? value : value[0];
    return entry(value, options, encodeValidFor(enabledBy.get(key) ?? []));
  });
}
