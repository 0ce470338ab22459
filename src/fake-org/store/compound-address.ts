import type { SObjectDescribe } from '../metadata/describe-types';
import type { StoredRecord } from './record-store';

/** The component fields of a compound address (BillingStreet, BillingCity… for BillingAddress). */
export function addressComponents(describe: SObjectDescribe, compoundName: string): string[] {
  return describe.fields.filter((f) => f.compoundFieldName === compoundName).map((f) => f.name);
}

/**
 * A compound address as REST and SOQL return it: its components keyed without the prefix
 * (street, city, geocodeAccuracy…), alphabetically, or null when every component is empty.
 */
export function compoundAddress(record: StoredRecord, compoundName: string, components: string[]): Record<string, unknown> | null {
  const prefix = compoundName.replace(/Address$/, '');
  const parts = components.map((name) => {
    const part = name.slice(prefix.length);
    const value = record[name];
    // Salesforce keeps no empty strings: an emptied component reads as null.
    return [part.charAt(0).toLowerCase() + part.slice(1), value === undefined || value === '' ? null : value] as const;
  });
  if (parts.every(([, value]) => value === null)) return null;
  return Object.fromEntries(parts.sort(([a], [b]) => a.localeCompare(b)));
}
