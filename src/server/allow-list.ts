// The proxy forwards a bearer token to whatever URL the browser names, so the target is checked against the
// WHATWG-parsed (lowercase, punycode, numeric-IP-normalised) hostname — the form fetch actually connects to —
// and anything the parser would have to repair is refused before parsing.

/** Salesforce's generic login hosts (production and sandbox). */
const EXACT_HOSTS: ReadonlySet<string> = new Set(['login.salesforce.com', 'test.salesforce.com']);

/**
 * My Domain (`acme.my.salesforce.com`, `acme--uat.sandbox.my.salesforce.com`, …) and Lightning/Visualforce hosts
 * (`*.force.com`). Legacy pod hosts (`na1.salesforce.com`) are left out: every org answers on My Domain now.
 */
const HOST_SUFFIXES: readonly string[] = ['.my.salesforce.com', '.force.com'];

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
// Control characters, spaces and backslashes are silently dropped or rewritten by the URL parser; a sender
// relying on that is up to something.
const UNSAFE_CHARACTERS = /[\s\\\p{Cc}]/u;
/** Salesforce refuses request URIs over 16,384 bytes; a longer endpoint cannot be a real call. */
const MAX_ENDPOINT_LENGTH = 16_384;

export type EndpointCheck = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): EndpointCheck => ({ ok: false, reason });

function isAllowedHostname(hostname: string): boolean {
  if (EXACT_HOSTS.has(hostname)) return true;
  const suffix = HOST_SUFFIXES.find((candidate) => hostname.endsWith(candidate));
  if (!suffix) return false;
  const labels = hostname.slice(0, -suffix.length).split('.');
  return labels.every((label) => LABEL.test(label));
}

/** Checks the `salesforceproxy-endpoint` header: an absolute https URL on a Salesforce host, port 443. */
export function checkSalesforceEndpoint(raw: string | readonly string[] | undefined): EndpointCheck {
  if (raw === undefined || raw === '') return refuse('the salesforceproxy-endpoint header is missing');
  if (typeof raw !== 'string') return refuse('the salesforceproxy-endpoint header appears more than once');
  if (raw.length > MAX_ENDPOINT_LENGTH) return refuse('the endpoint is too long');
  if (UNSAFE_CHARACTERS.test(raw)) return refuse('the endpoint contains spaces, control characters or backslashes');
  if (!/^https:\/\//i.test(raw)) return refuse('the endpoint must be an absolute https:// URL');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('the endpoint is not a valid URL');
  }
  if (url.username || url.password) return refuse('the endpoint must not carry credentials');
  // Full-width dots, percent-escapes and Unicode look-alikes are rewritten by the parser's IDNA step; only a host
  // written exactly as it will be reached (case aside) is checked at all.
  const writtenHost = raw.slice('https://'.length).split(/[/?#]/, 1)[0]?.toLowerCase();
  if (writtenHost !== url.host && writtenHost !== `${url.host}:443`) return refuse('the endpoint host is not written in its plain form');
  if (url.port) return refuse('the endpoint must use the default https port');
  const { hostname } = url;
  if (hostname.startsWith('[') || /^[\d.]+$/.test(hostname)) return refuse('IP addresses are not Salesforce hosts');
  if (hostname.endsWith('.')) return refuse('the endpoint host must not end with a dot');
  if (!isAllowedHostname(hostname)) return refuse(`${hostname} is not a Salesforce host`);
  return { ok: true, url };
}
