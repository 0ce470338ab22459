import type { Connection } from 'jsforce/core';
import type { z } from 'zod';
import { queryText } from '../api-path';
import { parseResponse } from '../parse-response';
import { queryResultSchema, sfRecordSchema } from '../schemas/record';
import type { SoqlQuery } from '../soql';
import { sendRest } from '../transport/send';

/** Default cap: one full batch; a sidebar never needs more rows than that. */
export const DEFAULT_MAX_RECORDS = 2000;

export interface QueryOptions<S extends z.ZodType> {
  /** Stop after this many records, even if Salesforce has more (further pages are not fetched). */
  maxRecords?: number;
  /** Schema for each record; defaults to the generic record shape. */
  recordSchema?: S;
}

export interface QueryResult<T> {
  records: T[];
  /** Rows matching the query (for COUNT() queries: the count). */
  totalSize: number;
  /** False when the cap stopped us before the last page. */
  complete: boolean;
}

/**
 * Runs a SOQL query built with the `soql` builder, following `nextRecordsUrl` (queryMore) page by page until
 * the cap. Each page is one API call, so the cap also bounds API usage.
 */
export async function query<S extends z.ZodType = typeof sfRecordSchema>(
  conn: Connection,
  soqlQuery: SoqlQuery,
  options: QueryOptions<S> = {},
): Promise<QueryResult<z.output<S>>> {
  const maxRecords = options.maxRecords ?? DEFAULT_MAX_RECORDS;
  const pageSchema = queryResultSchema((options.recordSchema ?? sfRecordSchema) as S);
  const records: z.output<S>[] = [];
  let url = `/query?q=${encodeURIComponent(queryText(soqlQuery))}`;
  for (;;) {
    const response = await sendRest(conn, { method: 'GET', url });
    const page = parseResponse(pageSchema, response.body, 'query');
    records.push(...(page.records as z.output<S>[]));
    if (page.done) {
      return { records: records.slice(0, maxRecords), totalSize: page.totalSize, complete: records.length <= maxRecords };
    }
    if (records.length >= maxRecords || page.nextRecordsUrl === undefined) {
      return { records: records.slice(0, maxRecords), totalSize: page.totalSize, complete: false };
    }
    url = page.nextRecordsUrl;
  }
}
