import type { Connection } from 'jsforce/core';
import type { z } from 'zod';
import { fieldNames, recordPath } from '../api-path';
import { parseResponse } from '../parse-response';
import { sfRecordSchema } from '../schemas/record';
import { sendRest } from '../transport/send';

export interface RetrieveOptions<S extends z.ZodType> {
  /** Fields to return (direct fields of the object); Salesforce returns all of them when omitted. */
  fields?: readonly string[];
  recordSchema?: S;
}

/** GET /sobjects/{type}/{id}[?fields=…]: one record by id. */
export async function retrieve<S extends z.ZodType = typeof sfRecordSchema>(
  conn: Connection,
  sobject: string,
  id: string,
  options: RetrieveOptions<S> = {},
): Promise<z.output<S>> {
  const fields = options.fields && options.fields.length > 0 ? `?fields=${fieldNames(options.fields).join(',')}` : '';
  const response = await sendRest(conn, { method: 'GET', url: `${recordPath(sobject, id)}${fields}` });
  return parseResponse((options.recordSchema ?? sfRecordSchema) as S, response.body, 'retrieve');
}
