import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

// Both directions are allow-lists: the browser's cookies, Origin, Referer and forwarding headers never reach
// Salesforce, and Salesforce's cookies never reach the plugin's origin.

const REQUEST_HEADERS: ReadonlySet<string> = new Set([
  'accept',
  'authorization',
  'content-type',
  'if-match',
  'if-modified-since',
  'if-none-match',
  'if-unmodified-since',
  'soapaction',
  'x-prettyprint',
  'x-sfdc-session',
]);

/** Location is dropped: upstream redirects are refused, and a 201's Location is not used by jsforce. */
const RESPONSE_HEADERS: ReadonlySet<string> = new Set(['content-type', 'etag', 'last-modified', 'retry-after', 'warning']);

/** Salesforce's own headers: Sforce-Call-Options, Sforce-Duplicate-Rule-Header, Sforce-Limit-Info, … */
const isSalesforceHeader = (name: string) => name.startsWith('sforce-');

/** The headers of the browser's request that Salesforce should see. */
export function upstreamRequestHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || !(REQUEST_HEADERS.has(name) || isSalesforceHeader(name))) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** The headers of Salesforce's response that the plugin should see. */
export function downstreamResponseHeaders(upstream: Headers): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  upstream.forEach((value, name) => {
    if (RESPONSE_HEADERS.has(name) || isSalesforceHeader(name)) headers[name] = value;
  });
  return headers;
}
