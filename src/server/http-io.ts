import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** A request handler that answers what it recognises and returns false for anything else. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/** The request body, refused as soon as it grows past `limit` bytes (so a huge upload is never buffered). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer<ArrayBuffer>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError(`The request body is larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(`The request body is larger than ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The path of the request URL, without its query string (which may hold personal data, e.g. a SOQL `q=`). */
export function requestPath(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(payload);
}

/**
 * An error in Salesforce's REST shape (`[{errorCode, message}]`), so jsforce raises it with `errorCode` set and
 * the plugin shows `message` like any other Salesforce error.
 */
export function sendSalesforceError(res: ServerResponse, status: number, errorCode: string, message: string, headers: OutgoingHttpHeaders = {}): void {
  sendJson(res, status, [{ errorCode, message }], headers);
}

export function sendEmpty(res: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  res.end();
}
