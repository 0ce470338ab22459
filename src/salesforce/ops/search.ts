import type { Connection } from 'jsforce/core';
import type { z } from 'zod';
import { queryText } from '../api-path';
import { parseResponse } from '../parse-response';
import { sfRecordSchema } from '../schemas/record';
import { searchResultSchema } from '../schemas/search';
import type { ParameterizedSearchBody, SoslQuery } from '../soql';
import { sendRest } from '../transport/send';

export interface SearchOptions<S extends z.ZodType> {
  /** Schema for each record; defaults to the generic record shape (check `attributes.type` to tell objects apart). */
  recordSchema?: S;
}

/** Runs a SOSL search built with the `sosl` builder: GET /search?q=FIND {…} … */
export async function search<S extends z.ZodType = typeof sfRecordSchema>(
  conn: Connection,
  soslQuery: SoslQuery,
  options: SearchOptions<S> = {},
): Promise<z.output<S>[]> {
  const schema = searchResultSchema((options.recordSchema ?? sfRecordSchema) as S);
  const response = await sendRest(conn, { method: 'GET', url: `/search?q=${encodeURIComponent(queryText(soslQuery))}` });
  return parseResponse(schema, response.body, 'search').searchRecords;
}

/** POST /parameterizedSearch with a body from the `parameterizedSearch` builder (no SOSL text to assemble). */
export async function runParameterizedSearch<S extends z.ZodType = typeof sfRecordSchema>(
  conn: Connection,
  body: ParameterizedSearchBody,
  options: SearchOptions<S> = {},
): Promise<z.output<S>[]> {
  const schema = searchResultSchema((options.recordSchema ?? sfRecordSchema) as S);
  const response = await sendRest(conn, { method: 'POST', url: '/parameterizedSearch', body });
  return parseResponse(schema, response.body, 'parameterizedSearch').searchRecords;
}
