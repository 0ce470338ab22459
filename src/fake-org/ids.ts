// Salesforce record IDs: a 3-char key prefix, 12 base-62 chars, and a 3-char case-safe suffix that
// encodes which of the first 15 characters are upper case. Real-looking IDs matter because clients
// (and our own code) recognise objects by prefix and compare 15- and 18-char forms.
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function caseSafeSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id15.charAt(chunk * 5 + i);
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** The 18-char ID for the n-th record with this key prefix (org-instance chars "5g0" like a real pod). */
export function makeId(keyPrefix: string, n: number): string {
  let body = '';
  let rest = n;
  for (let i = 0; i < 9; i++) {
    body = BASE62.charAt(rest % 62) + body;
    rest = Math.floor(rest / 62);
  }
  const id15 = `${keyPrefix}5g0${body}`;
  return id15 + caseSafeSuffix(id15);
}

export function isSalesforceId(value: string): boolean {
  return /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(value);
}

/** Normalises a 15- or 18-char ID to 18 chars; other strings come back unchanged. */
export function to18(id: string): string {
  if (id.length === 15 && isSalesforceId(id)) return id + caseSafeSuffix(id);
  return id;
}
