// Stands in for Node's `crypto` in the browser bundle. jsforce only reaches for it in flows this app
// does not use (its own PKCE verifier); the app generates PKCE pairs with WebCrypto instead.
export function randomBytes(): never {
  throw new Error('Node crypto is not available in the browser; use WebCrypto.');
}
export function createHash(): never {
  throw new Error('Node crypto is not available in the browser; use WebCrypto.');
}
export default { randomBytes, createHash };
