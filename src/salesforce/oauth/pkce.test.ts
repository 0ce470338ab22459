import { describe, expect, it } from 'vitest';
import { createPkcePair, randomUrlSafe, s256Challenge } from './pkce';

describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 unreserved characters, fresh each time, with their challenge', async () => {
    const first = await createPkcePair();
    const second = await createPkcePair();

    expect(first.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.verifier).not.toBe(second.verifier);
    expect(first.challenge).toBe(await s256Challenge(first.verifier));
  });

  it('makes url-safe random strings of the requested strength', () => {
    expect(randomUrlSafe(48)).toMatch(/^[A-Za-z0-9_-]{64}$/);
  });
});
