import type { SObjectDescribe } from '../../metadata/describe-types';
import { recordUrl } from '../../soql-engine/types';
import { addressComponents, compoundAddress } from '../../store/compound-address';
import type { StoredRecord } from '../../store/record-store';

/**
 * A record as REST returns it: attributes first, then the requested (or all) fields, nulls explicit,
 * compound addresses as one object (or null) like SOQL returns them.
 */
export function recordBody(describe: SObjectDescribe, record: StoredRecord, apiVersion: string, fieldNames?: string[]): Record<string, unknown> {
  const fields = fieldNames
    ? fieldNames.map((name) => describe.fields.find((f) => f.name.toLowerCase() === name.toLowerCase())?.name ?? name)
    : describe.fields.map((f) => f.name);
  const body: Record<string, unknown> = {
    attributes: { type: describe.name, url: recordUrl(apiVersion, describe.name, record.Id) },
  };
  const blobs = new Set(describe.fields.filter((f) => f.type === 'base64').map((f) => f.name));
  const addresses = new Set(describe.fields.filter((f) => f.type === 'address').map((f) => f.name));
  for (const name of fields) {
    if (addresses.has(name)) {
      body[name] = compoundAddress(record, name, addressComponents(describe, name));
      continue;
    }
    const value = record[name] ?? null;
    // Blob fields come back as the URL of their content, never inline.
    body[name] = blobs.has(name) && value !== null ? `${recordUrl(apiVersion, describe.name, record.Id)}/${name}` : value;
  }
  return body;
}
