import type { FieldDescribe } from '../../salesforce';

// Standard fields Salesforce fills in for its own bookkeeping and keeps off its record pages: the deletion and
// merge flags, who created or last changed the record (dates stay: agents read them), the change stamp,
// recently-viewed dates, the photo URL, Data.com (Jigsaw) keys and clean status, Stay-in-Touch request dates
// and Salesforce-to-Salesforce connections. Describes carry no flag for them, so they are named.
const SYSTEM_FIELDS: ReadonlySet<string> = new Set([
  'IsDeleted',
  'MasterRecordId',
  'CreatedById',
  'LastModifiedById',
  'SystemModstamp',
  'LastViewedDate',
  'LastReferencedDate',
  'PhotoUrl',
  'Jigsaw',
  'JigsawContactId',
  'JigsawCompanyId',
  'CleanStatus',
  'LastCURequestDate',
  'LastCUUpdateDate',
  'ConnectionReceivedId',
  'ConnectionSentId',
]);

// Parts of a standard address that geocoding fills in: the address itself and its street, city… stay.
const GEOCODE_PART = /(Latitude|Longitude|GeocodeAccuracy)$/;

/**
 * Whether the settings list leaves the field out until "Show all fields" is ticked: the record's own id,
 * fields Salesforce deprecated and hides, and standard system fields no agent reads on a card.
 * A custom field is always the org's own choice, so it always shows.
 */
export function isHiddenByDefault(field: FieldDescribe): boolean {
  if (field.type === 'id' || field.deprecatedAndHidden === true) return true;
  if (field.custom) return false;
  if (SYSTEM_FIELDS.has(field.name)) return true;
  return field.compoundFieldName != null && GEOCODE_PART.test(field.name);
}
