// Targets for the links a card renders. Only schemes the host may open are ever produced: anything else
// (javascript:, data:, file:…) stays plain text.

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB_SCHEMES = new Set(['http:', 'https:']);

/** A URL field as typed by a person ("acme.example/pricing"); undefined when it isn't a web address. */
export function webHref(value: string): string | undefined {
  const trimmed = value.trim();
  const candidate = HAS_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate);
    return WEB_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// RFC 6068: inside a mailto address only these characters may appear unencoded; '&', '?', '#', '%', '/'
// and '=' would be read as URI syntax, yet are legal in an email's local part.
const MAILTO_SAFE = /[A-Za-z0-9\-._~!$'()*+,;:@]/;

export function mailtoHref(email: string): string {
  const encoded = [...email.trim()].map((char) => (MAILTO_SAFE.test(char) ? char : encodeURIComponent(char))).join('');
  return `mailto:${encoded}`;
}

/** The number exactly as stored: the agent's phone app parses local formats better than we could. */
export function telHref(phone: string): string {
  return `tel:${phone.trim()}`;
}
