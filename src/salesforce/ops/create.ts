import type { Connection } from 'jsforce/core';
import { objectPath } from '../api-path';
import { fromServerError } from '../error-mapping';
import { withObjectAccess } from '../object-access';
import { parseResponse } from '../parse-response';
import { saveResultSchema } from '../schemas/save-result';
import { sendRest } from '../transport/send';
import { duplicateRuleHeaders, type DuplicateRuleOptions } from './save-headers';

/** POST /sobjects/{type}: creates one record and returns its id. */
export async function create(
  conn: Connection,
  sobject: string,
  values: Readonly<Record<string, unknown>>,
  options: DuplicateRuleOptions = {},
): Promise<{ id: string }> {
  const response = await withObjectAccess(sobject, 'create', () =>
    sendRest(conn, { method: 'POST', url: objectPath(sobject), body: values, headers: duplicateRuleHeaders(options) }),
  );
  const result = parseResponse(saveResultSchema, response.body, 'create');
  const [error] = result.errors;
  if (!result.success || !result.id) {
    throw fromServerError({ errorCode: error?.statusCode ?? 'UNKNOWN_EXCEPTION', message: error?.message, fields: error?.fields }, response.status);
  }
  return { id: result.id };
}
