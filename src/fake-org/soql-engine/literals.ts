// SOQL literal syntax → values. String escapes follow Salesforce: \n \r \t \b \f \" \' \\ \uXXXX, and
// \% \_ only inside LIKE, where % and _ are the wildcards.

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };

export type Decoded = { ok: true; text: string } | { ok: false; sequence: string };

const escapeRegex = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function likeChar(ch: string, escaped: boolean): string {
  if (!escaped && ch === '%') return '[\\s\\S]*';
  if (!escaped && ch === '_') return '[\\s\\S]';
  return escapeRegex(ch);
}

function decode(body: string, like: boolean): Decoded {
  const emit = (ch: string, escaped: boolean) => (like ? likeChar(ch, escaped) : ch);
  let text = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch !== '\\') {
      text += emit(ch, false);
      continue;
    }
    const next = body.charAt(i + 1);
    const simple = SIMPLE_ESCAPES[next];
    const unicode = /^u[0-9a-fA-F]{4}$/.test(body.slice(i + 1, i + 6));
    if (simple !== undefined) text += emit(simple, true);
    else if (unicode) text += emit(String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16)), true);
    else if (like && (next === '%' || next === '_')) text += emit(next, true);
    else return { ok: false, sequence: `\\${next}` };
    i += unicode ? 5 : 1;
  }
  return { ok: true, text };
}

/** The body of a quoted literal (quotes stripped), for =, IN, <, >…. */
export function decodeString(body: string): Decoded {
  return decode(body, false);
}

/** A LIKE pattern (quotes stripped) as the source of an anchored regular expression. */
export function decodeLike(body: string): Decoded {
  return decode(body, true);
}

export function stripQuotes(literal: string): string {
  return literal.length >= 2 && literal.startsWith("'") && literal.endsWith("'") ? literal.slice(1, -1) : literal;
}

/** 2024-01-31 → epoch ms at UTC midnight. */
export function parseDateLiteral(value: string): number {
  return Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
}

/** 2024-01-31T10:00:00Z, …+0100, …+01:00, with or without milliseconds → epoch ms. */
export function parseDatetimeLiteral(value: string): number {
  return Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** USD100.50 → 100.5 (the currency prefix of multi-currency orgs is ignored). */
export function parseNumberLiteral(value: string): number {
  return Number(value.replace(/^[A-Za-z]{3}/, ''));
}
