import type { FakeOrg } from '../org';

/** `attributes` as every REST record carries it; aggregate rows have no url. */
export interface RecordAttributes {
  type: string;
  url?: string;
}

/** A record on the wire: attributes first, then the selected fields in SELECT order. */
export interface WireRecord {
  attributes: RecordAttributes;
  [field: string]: unknown;
}

export interface QueryResult {
  totalSize: number;
  done: true;
  records: WireRecord[];
}

/**
 * What a query runs against. `source` is the text error messages point into: the SOQL itself, or the
 * whole SOSL statement when a RETURNING clause is evaluated as a query.
 */
export interface QueryContext {
  org: FakeOrg;
  apiVersion: string;
  source: string;
  /** SOSL reports syntax errors as MALFORMED_SEARCH; SOQL as MALFORMED_QUERY (the default). */
  malformedCode?: 'MALFORMED_QUERY' | 'MALFORMED_SEARCH';
}

export function recordUrl(apiVersion: string, type: string, id: string): string {
  return `/services/data/v${apiVersion.replace(/^v/i, '')}/sobjects/${type}/${id}`;
}
