import type { Connection } from 'jsforce/core';
import { recordPath } from '../api-path';
import { ConflictError } from '../errors';
import { withObjectAccess } from '../object-access';
import type { SfRecord } from '../schemas/record';
import { sendRest } from '../transport/send';
import { retrieve } from './retrieve';
import { duplicateRuleHeaders, toHttpDate, type DuplicateRuleOptions } from './save-headers';

export interface UpdateOptions extends DuplicateRuleOptions {
  /**
   * The LastModifiedDate of the record as the user loaded it. Sent as If-Unmodified-Since so Salesforce refuses
   * (412) to overwrite someone else's newer change; the refusal becomes a ConflictError with their values.
   */
  lastModifiedDate?: string | Date;
}

// Enough to show "who changed it, when, and to what" next to the user's own edits.
const CONFLICT_CONTEXT_FIELDS = ['Id', 'LastModifiedDate', 'LastModifiedById'];

async function currentValues(conn: Connection, sobject: string, id: string, edited: string[]): Promise<SfRecord> {
  const fields = [...new Set([...CONFLICT_CONTEXT_FIELDS, ...edited])];
  return retrieve(conn, sobject, id, { fields });
}

/** PATCH /sobjects/{type}/{id}: writes only the given fields. */
export async function update(
  conn: Connection,
  sobject: string,
  id: string,
  values: Readonly<Record<string, unknown>>,
  options: UpdateOptions = {},
): Promise<void> {
  const headers = {
    ...duplicateRuleHeaders(options),
    ...(options.lastModifiedDate !== undefined && { 'If-Unmodified-Since': toHttpDate(options.lastModifiedDate) }),
  };
  try {
    await withObjectAccess(sobject, 'edit', () => sendRest(conn, { method: 'PATCH', url: recordPath(sobject, id), body: values, headers }));
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // The 412 carries no record, so fetch what the other person saved; if that fails (e.g. they deleted the
    // record), that error says more than the conflict does.
    const serverValues = await currentValues(conn, sobject, id, Object.keys(values));
    throw new ConflictError(
      { status: error.status, fields: Object.keys(values), serverCode: error.serverCode, serverMessage: error.serverMessage },
      serverValues,
    );
  }
}
