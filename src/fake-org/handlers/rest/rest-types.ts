import type { FakeOrg } from '../../org';

/** One REST call as the router sees it, whether it came over HTTP or inside a composite request. */
export interface RestCall {
  org: FakeOrg;
  method: string;
  /** Path after /services/data/vNN.N, e.g. '/sobjects/Contact/describe'. */
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
  apiVersion: string;
  userId: string;
}

export interface RestResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RestRoute = (call: RestCall, params: Record<string, string>) => RestResult | Promise<RestResult>;

/** Paths that, inside a composite, count toward its limit of 5 queries / collection operations. */
export function isQueryOrCollection(path: string): boolean {
  return /^\/(query|queryAll)(\/|\?|$)/.test(path) || path.startsWith('/composite/sobjects');
}
