// PKCE (RFC 7636) with WebCrypto. The verifier stays in the plugin's memory for one sign-in and is sent only to
// the token endpoint; jsforce's own verifier is 171 characters (over RFC 7636's 128) and Node-only, so it is unused.

export interface PkcePair {
  readonly verifier: string;
  readonly challenge: string;
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `byteCount` random bytes as base64url: 32 bytes make the 43 characters RFC 7636 recommends. */
export function randomUrlSafe(byteCount = 32): string {
  return base64Url(globalThis.crypto.getRandomValues(new Uint8Array(byteCount)));
}

/** BASE64URL(SHA256(ASCII(verifier))): the S256 challenge sent with the authorize request. */
export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export async function createPkcePair(): Promise<PkcePair> {
  const verifier = randomUrlSafe();
  return { verifier, challenge: await s256Challenge(verifier) };
}
