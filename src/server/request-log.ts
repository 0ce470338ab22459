import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestPath } from './http-io.ts';

// Access logs carry the method, the path without its query string, the Salesforce host and the status — never
// headers, bodies, query strings or OAuth states: those hold tokens and personal data.

export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  /** The Salesforce host a proxied request went to. */
  readonly upstreamHost?: string;
}

export interface ServerLogger {
  request(entry: RequestLogEntry): void;
  /** Operational problems (an upstream failure, a bad startup); messages never include request data. */
  error(message: string): void;
}

export const consoleLogger: ServerLogger = {
  request: (entry) => console.log(JSON.stringify({ time: new Date().toISOString(), ...entry })),
  error: (message) => console.error(message),
};

/** What a route wants logged in place of the request's own path (the proxied target, a path without a secret). */
export interface LogLabel {
  readonly path: string;
  readonly upstreamHost?: string;
}

const labels = new WeakMap<ServerResponse, LogLabel>();

export function labelForLog(res: ServerResponse, label: LogLabel): void {
  labels.set(res, label);
}

/** Logs the exchange once the response is over; with `labelledOnly`, only the routes that labelled themselves. */
export function logOnClose(req: IncomingMessage, res: ServerResponse, logger: ServerLogger, { labelledOnly = false } = {}): void {
  const started = performance.now();
  res.once('close', () => {
    const label = labels.get(res);
    if (labelledOnly && !label) return;
    logger.request({
      method: req.method ?? 'GET',
      path: label?.path ?? requestPath(req),
      status: res.statusCode,
      durationMs: Math.round(performance.now() - started),
      ...(label?.upstreamHost && { upstreamHost: label.upstreamHost }),
    });
  });
}
