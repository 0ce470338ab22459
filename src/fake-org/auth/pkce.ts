import { toBase64Url } from './base64';

// PKCE (RFC 7636) as the org checks it, with WebCrypto so the same code runs in the browser demo.
const VERIFIER_FORMAT = /^[A-Za-z0-9\-._~]{43,128}$/;

/** BASE64URL(SHA256(ASCII(verifier))): the S256 code challenge for a verifier. */
export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return toBase64Url(new Uint8Array(digest));
}

/** Whether a verifier is well formed and hashes to the challenge the authorize request carried. */
export async function verifyPkce(verifier: string | null, challenge: string): Promise<boolean> {
  if (!verifier || !VERIFIER_FORMAT.test(verifier)) return false;
  return (await s256Challenge(verifier)) === challenge;
}
