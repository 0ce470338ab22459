// Stands in for jsforce's lib/csv.js in the browser (see vite-plugin.ts). Salesforce answers with CSV only for
// Bulk API results, which the sidebar never requests; if one ever arrives, fail loudly rather than misparse it.
function unsupported(): never {
  throw new Error('CSV responses (Bulk API) are not supported by the sidebar build of jsforce.');
}

export const parseCSV = unsupported;
export const toCSV = unsupported;
export const parseCSVStream = unsupported;
export const serializeCSVStream = unsupported;
