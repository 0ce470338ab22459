import { describe, expect, it } from 'vitest';
import { memoryDescribeStorage } from '../../salesforce';
import { createTokenStore, type StoredLogin } from './token-store';

const MY_DOMAIN = 'https://acme.my.salesforce.com';
const SANDBOX = 'https://test.salesforce.com';

function login(loginUrl: string, savedAt: number, refreshToken = `5Aep861-${savedAt}`): StoredLogin {
  return { loginUrl, refreshToken, instanceUrl: 'https://acme.my.salesforce.com', orgId: '00D5g000004ZmKtEAK', userId: '0055g00000AdMiNAAV', savedAt };
}

describe('token store', () => {
  it('keeps one login per client and login host, and restores the most recent', () => {
    const storage = memoryDescribeStorage();
    const store = createTokenStore(storage, 'client-a', [MY_DOMAIN, SANDBOX]);

    store.save(login(MY_DOMAIN, 1));
    store.save(login(SANDBOX, 2));
    expect(store.latest()?.loginUrl).toBe(SANDBOX);
    store.save(login(MY_DOMAIN, 3));
    expect(store.latest()?.loginUrl).toBe(MY_DOMAIN);

    expect(storage.getItem(`sfsb:auth:v1:client-a:${MY_DOMAIN}`)).toContain('5Aep861-3');
    expect(createTokenStore(storage, 'client-b', [MY_DOMAIN, SANDBOX]).latest()).toBeUndefined();
  });

  it('replaces the refresh token on every save (rotation) and forgets a host', () => {
    const store = createTokenStore(memoryDescribeStorage(), 'client-a', [MY_DOMAIN]);
    store.save(login(MY_DOMAIN, 1, 'first'));
    store.save(login(MY_DOMAIN, 2, 'rotated'));
    expect(store.read(MY_DOMAIN)?.refreshToken).toBe('rotated');

    store.forget(MY_DOMAIN);

    expect(store.latest()).toBeUndefined();
  });

  it('ignores what it cannot trust: garbage, another host’s entry under this key', () => {
    const storage = memoryDescribeStorage();
    const store = createTokenStore(storage, 'client-a', [MY_DOMAIN]);
    storage.setItem(`sfsb:auth:v1:client-a:${MY_DOMAIN}`, '{not json');
    expect(store.latest()).toBeUndefined();
    storage.setItem(`sfsb:auth:v1:client-a:${MY_DOMAIN}`, JSON.stringify(login(SANDBOX, 1)));
    expect(store.latest()).toBeUndefined();
  });

  it('keeps working in memory when storage refuses writes', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); }, removeItem: () => undefined };
    const store = createTokenStore(refusing, 'client-a', [MY_DOMAIN]);
    expect(() => store.save(login(MY_DOMAIN, 1))).not.toThrow();
  });
});
