import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserDescribeStorage } from '../../src/salesforce';

describe('browserDescribeStorage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses localStorage when the page may use it', () => {
    const backing = new Map<string, string>();
    const localStorage = {
      getItem: (key: string) => backing.get(key) ?? null,
      setItem: (key: string, value: string) => void backing.set(key, value),
      removeItem: (key: string) => void backing.delete(key),
    };
    vi.stubGlobal('localStorage', localStorage);
    const storage = browserDescribeStorage();
    storage.setItem('k', 'v');
    expect(backing.get('k')).toBe('v');
  });

  it('falls back to memory where localStorage throws (a sandboxed iframe)', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      removeItem: () => undefined,
    });
    const storage = browserDescribeStorage();
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
  });
});
