import type { Connection } from 'jsforce/core';
import { fromRestErrorBody, toSalesforceError } from '../error-mapping';
import type { SalesforceError } from '../errors';
import { parseResponse } from '../parse-response';
import { compositeResponseSchema, type CompositeSubresponse } from '../schemas/composite';
import { sendRest } from '../transport/send';
import { validateComposite } from './composite-limits';
import type { CompositeSubrequest } from './composite-requests';

export type CompositeResult<T> =
  | { readonly referenceId: string; readonly status: number; readonly ok: true; readonly body: T; readonly headers: Readonly<Record<string, string>> }
  | { readonly referenceId: string; readonly status: number; readonly ok: false; readonly error: SalesforceError };

/** One typed result per subrequest, in the order they were given. */
export type CompositeResults<R extends readonly CompositeSubrequest<unknown>[]> = {
  -readonly [K in keyof R]: R[K] extends CompositeSubrequest<infer T> ? CompositeResult<T> : never;
};

export interface CompositeOptions {
  /** Roll every subrequest back if one fails (the others then report PROCESSING_HALTED). */
  allOrNone?: boolean;
}

function toResult(request: CompositeSubrequest<unknown>, response: CompositeSubresponse | undefined): CompositeResult<unknown> {
  const { referenceId } = request;
  if (!response) return { referenceId, status: 0, ok: false, error: fromRestErrorBody(undefined, 500) };
  const status = response.httpStatusCode;
  if (status >= 400) return { referenceId, status, ok: false, error: fromRestErrorBody(response.body, status) };
  try {
    const body = request.schema ? parseResponse(request.schema, response.body, `composite ${referenceId}`) : response.body;
    return { referenceId, status, ok: true, body, headers: response.httpHeaders };
  } catch (error) {
    return { referenceId, status, ok: false, error: toSalesforceError(error) };
  }
}

/**
 * POST /composite: up to 25 subrequests executed in order as ONE API call; later ones may use earlier results
 * through references (`compositeRef`). Limits are checked before sending.
 */
export async function composite<const R extends readonly CompositeSubrequest<unknown>[]>(
  conn: Connection,
  requests: R,
  options: CompositeOptions = {},
): Promise<CompositeResults<R>> {
  validateComposite(requests);
  const root = `/services/data/v${conn.version}`;
  const compositeRequest = requests.map((request) => ({
    method: request.method,
    url: request.url.startsWith('/services/') ? request.url : `${root}${request.url}`,
    referenceId: request.referenceId,
    ...(request.body !== undefined && { body: request.body }),
    ...(request.httpHeaders && { httpHeaders: request.httpHeaders }),
  }));
  const response = await sendRest(conn, {
    method: 'POST',
    url: '/composite',
    body: { allOrNone: options.allOrNone ?? false, compositeRequest },
  });
  const parsed = parseResponse(compositeResponseSchema, response.body, 'composite');
  const byReference = new Map(parsed.compositeResponse.map((item) => [item.referenceId, item]));
  return requests.map((request) => toResult(request, byReference.get(request.referenceId))) as CompositeResults<R>;
}
