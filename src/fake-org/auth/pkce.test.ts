import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { s256Challenge, verifyPkce } from './pkce';

describe('PKCE S256', () => {
  it('computes the same challenge as an independent SHA-256/base64url implementation', async () => {
    const verifier = randomBytes(64).toString('base64url');
    expect(await s256Challenge(verifier)).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });

  it('accepts only the verifier behind the challenge', async () => {
    const verifier = 'a'.repeat(43);
    const challenge = await s256Challenge(verifier);
    expect(await verifyPkce(verifier, challenge)).toBe(true);
    expect(await verifyPkce('b'.repeat(43), challenge)).toBe(false);
    expect(await verifyPkce(null, challenge)).toBe(false);
  });

  it.each([
    ['shorter than 43 characters', 'a'.repeat(42)],
    ['longer than 128 characters (like jsforce’s own 171-character verifier)', 'a'.repeat(171)],
    ['outside the unreserved characters', `${'a'.repeat(42)}+`],
  ])('refuses a verifier %s even when it hashes to the challenge', async (_case, verifier) => {
    expect(await verifyPkce(verifier, await s256Challenge(verifier))).toBe(false);
  });
});
