/** The address as matching compares it: Salesforce ignores case in email comparisons, and so does the panel. */
export function normalizedAddress(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The address without its plus tag ('maya.chen+billing@acme.example' → 'maya.chen@acme.example'), or undefined
 * when there is none to strip. Only the local part's first '+' and what follows it go, as mail providers route
 * them; a local part that starts with '+' or is quoted ("a+b"@…) is an address of its own, never a tag.
 */
export function baseAddress(email: string): string | undefined {
  const address = normalizedAddress(email);
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = address.slice(0, at);
  const plus = local.indexOf('+');
  if (plus <= 0 || local.startsWith('"')) return undefined;
  return `${local.slice(0, plus)}${address.slice(at)}`;
}
