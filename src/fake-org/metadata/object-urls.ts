/** The API version stored describes carry; describeBody rewrites it to the version a client asks for. */
export const STORED_API_VERSION = '62.0';

/** The `urls` keys a describe lists, in Salesforce's order; objects differ in which they have. */
export type UrlKind =
  | 'compactLayouts' | 'rowTemplate' | 'approvalLayouts' | 'caseArticleSuggestions' | 'caseRowArticleSuggestions'
  | 'uiDetailTemplate' | 'uiEditTemplate' | 'defaultValues' | 'listviews' | 'namedLayouts' | 'passwordUtilities'
  | 'describe' | 'uiNewRecord' | 'quickActions' | 'layouts' | 'sobject';

export const STANDARD_URLS: readonly UrlKind[] = [
  'compactLayouts', 'rowTemplate', 'approvalLayouts', 'uiDetailTemplate', 'uiEditTemplate', 'listviews', 'describe',
  'uiNewRecord', 'quickActions', 'layouts', 'sobject',
];

/** The UI links only appear in an object's own describe, never in describeGlobal. */
export const DESCRIBE_ONLY_URLS: ReadonlySet<string> = new Set(['uiDetailTemplate', 'uiEditTemplate', 'uiNewRecord', 'defaultValues']);

export function objectUrls(kinds: readonly UrlKind[], name: string, keyPrefix: string | null, instanceUrl: string): Record<string, string> {
  const base = `/services/data/v${STORED_API_VERSION}/sobjects/${name}`;
  const paths: Record<UrlKind, string> = {
    compactLayouts: `${base}/describe/compactLayouts`,
    rowTemplate: `${base}/{ID}`,
    approvalLayouts: `${base}/describe/approvalLayouts`,
    caseArticleSuggestions: `${base}/suggestedArticles`,
    caseRowArticleSuggestions: `${base}/{ID}/suggestedArticles`,
    uiDetailTemplate: `${instanceUrl}/{ID}`,
    uiEditTemplate: `${instanceUrl}/{ID}/e`,
    defaultValues: `${base}/defaultValues?recordTypeId&fields`,
    listviews: `${base}/listviews`,
    namedLayouts: `${base}/describe/namedLayouts/{LayoutName}`,
    passwordUtilities: `${base}/{ID}/password`,
    describe: `${base}/describe`,
    uiNewRecord: `${instanceUrl}/${keyPrefix ?? ''}/e`,
    quickActions: `${base}/quickActions`,
    layouts: `${base}/describe/layouts`,
    sobject: base,
  };
  return Object.fromEntries(kinds.map((kind) => [kind, paths[kind]]));
}

/** The layout link of the Master record type every layoutable object has. */
export function masterRecordTypeInfos(name: string): Record<string, unknown>[] {
  const recordTypeId = '012000000000000AAA';
  return [{
    active: true, available: true, defaultRecordTypeMapping: true, developerName: 'Master', master: true,
    name: 'Master', recordTypeId,
    urls: { layout: `/services/data/v${STORED_API_VERSION}/sobjects/${name}/describe/layouts/${recordTypeId}` },
  }];
}
