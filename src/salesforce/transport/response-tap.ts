import type { Connection, HttpRequest } from 'jsforce/core';

/** What jsforce's transport hands back for every HTTP exchange, before jsforce interprets it. */
export interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export type ResponseListener = (request: HttpRequest, response: RawResponse) => void;

const listenersByConnection = new WeakMap<Connection, Set<ResponseListener>>();

// jsforce resolves requests to parsed bodies only: status codes and headers (Last-Modified, the 412 of a
// conditional update) are gone by then. Wrapping the connection's own transport instance is the one place that
// sees every exchange — REST, SOAP and the retry after a session refresh — without forking jsforce.
function install(conn: Connection, listeners: Set<ResponseListener>): void {
  const transport = conn._transport;
  const send = transport.httpRequest.bind(transport);
  transport.httpRequest = (request, options) => {
    const pending = send(request, options);
    pending.then(
      (response) => {
        for (const listener of listeners) listener(request, response);
      },
      () => undefined,
    );
    return pending;
  };
}

/** Calls `listener` with every raw response this connection receives; returns the unsubscribe function. */
export function tapResponses(conn: Connection, listener: ResponseListener): () => void {
  let listeners = listenersByConnection.get(conn);
  if (!listeners) {
    listeners = new Set();
    listenersByConnection.set(conn, listeners);
    install(conn, listeners);
  }
  listeners.add(listener);
  const registered = listeners;
  return () => {
    registered.delete(listener);
  };
}
