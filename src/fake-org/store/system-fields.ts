import type { MetadataRegistry } from '../metadata/metadata-registry';

/** Salesforce's datetime wire format: 2026-01-05T09:00:00.000+0000. */
export function formatDatetime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/** Parses the wire format (and plain ISO) back into a Date. */
export function parseDatetime(value: string): Date {
  return new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

// Fields Salesforce computes: the compound Name of people, audit stamps, IsDeleted. Only fields the
// object actually describes are set, so a custom object without OwnerId gets none.
export function stampSystemFields(
  metadata: MetadataRegistry,
  sobject: string,
  fields: Record<string, unknown>,
  context: { now: Date; userId: string; isNew: boolean },
): Record<string, unknown> {
  const has = (name: string) => metadata.field(sobject, name) !== undefined;
  const stamp = formatDatetime(context.now);
  const out: Record<string, unknown> = { ...fields };
  if (context.isNew) {
    if (has('CreatedDate') && out.CreatedDate === undefined) out.CreatedDate = stamp;
    if (has('CreatedById') && out.CreatedById === undefined) out.CreatedById = context.userId;
    if (has('OwnerId') && out.OwnerId === undefined) out.OwnerId = context.userId;
    if (has('IsDeleted')) out.IsDeleted = false;
  }
  if (has('LastModifiedDate')) out.LastModifiedDate = context.isNew && fields.LastModifiedDate ? fields.LastModifiedDate : stamp;
  if (has('LastModifiedById')) out.LastModifiedById = context.userId;
  if (has('SystemModstamp')) out.SystemModstamp = out.LastModifiedDate ?? stamp;
  return out;
}

/** Recomputes the read-only compound Name of Contacts and Leads from its parts. */
export function derivePersonName(sobject: string, record: Record<string, unknown>): Record<string, unknown> {
  const lower = sobject.toLowerCase();
  if (lower !== 'contact' && lower !== 'lead') return record;
  // Like Salesforce's Name on people: first and last name, without the salutation.
  const parts = [record.FirstName, record.LastName].filter((part) => typeof part === 'string' && part !== '');
  return { ...record, Name: parts.join(' ') };
}
