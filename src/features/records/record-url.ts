const base = (instanceUrl: string) => instanceUrl.replace(/\/+$/, '');

/** The record's page in Lightning Experience. */
export function lightningRecordUrl(instanceUrl: string, sobject: string, id: string): string {
  return `${base(instanceUrl)}/lightning/r/${encodeURIComponent(sobject)}/${encodeURIComponent(id)}/view`;
}

/** The "View All" page of one of the record's related lists, named by its child relationship ("Cases"). */
export function lightningRelatedListUrl(instanceUrl: string, sobject: string, id: string, relationshipName: string): string {
  return `${base(instanceUrl)}/lightning/r/${encodeURIComponent(sobject)}/${encodeURIComponent(id)}/related/${encodeURIComponent(relationshipName)}/view`;
}

/**
 * Lightning's "New <object>" page, pre-filled. The parameter uses Salesforce's encodeDefaultFieldValues format:
 * `Field=value` pairs joined by commas, each value URI-encoded (so a comma or '=' inside a value can't split it),
 * and the whole not encoded again.
 */
export function lightningNewRecordUrl(instanceUrl: string, sobject: string, defaults: Readonly<Record<string, string>>): string {
  const page = `${base(instanceUrl)}/lightning/o/${encodeURIComponent(sobject)}/new`;
  const pairs = Object.entries(defaults).map(([field, value]) => `${field}=${encodeURIComponent(value)}`);
  return pairs.length === 0 ? page : `${page}?defaultFieldValues=${pairs.join(',')}`;
}
