import type { Connection, HttpMethods } from 'jsforce/core';
import { toSalesforceError } from '../error-mapping';
import { tapResponses } from './response-tap';

export interface RestRequest {
  method: HttpMethods;
  /** Relative to the versioned REST root ('/sobjects/Contact/describe') or absolute ('/services/data/…'). */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestResponse {
  /** Parsed JSON body; '' or undefined for 204/304. */
  body: unknown;
  /** HTTP status, when the transport reported it. */
  status: number | undefined;
  headers: Record<string, string>;
}

// jsforce retries idempotent requests on 5xx/429 up to 5 times with exponential backoff (~15 s in all); an agent
// waiting in the sidebar is better served by an error after ~1.5 s and a Retry button.
const RETRY = { retry: { maxRetries: 2 } };

/**
 * One REST call through jsforce (so session refresh, proxying and the limit counter all apply), returning the
 * status and headers jsforce would otherwise drop. Every failure is a SalesforceError.
 */
export async function sendRest(conn: Connection, request: RestRequest): Promise<RestResponse> {
  // jsforce keeps this headers object (adding Authorization to it) all the way down to the transport, so its
  // identity tells our exchange apart from concurrent ones.
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let status: number | undefined;
  let responseHeaders: Record<string, string> = {};
  const stop = tapResponses(conn, (sent, response) => {
    if (sent.headers !== headers) return;
    status = response.statusCode;
    responseHeaders = response.headers;
  });
  try {
    const body: unknown = await conn.request(
      {
        method: request.method,
        url: request.url,
        headers,
        ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
      },
      RETRY,
    );
    return { body, status, headers: responseHeaders };
  } catch (error) {
    throw toSalesforceError(error, { status });
  } finally {
    stop();
  }
}
