import { describe, expect, it } from 'vitest';
import { memoryDescribeStorage } from '../../salesforce';
import { createFakeOrg } from '../../fake-org/create-fake-org';
import { persistRefreshTokens } from './persist-refresh-tokens';

// The demo org is rebuilt on every page load; its refresh tokens must survive that, and nothing more.
function demoOrg(storage: Pick<Storage, 'getItem' | 'setItem'>) {
  const org = createFakeOrg();
  persistRefreshTokens(org.auth, storage);
  return org;
}

describe('the demo org’s refresh tokens across reloads', () => {
  it('honours a refresh token issued before the reload, once', () => {
    const storage = memoryDescribeStorage();
    const token = demoOrg(storage).auth.issueRefreshToken('demo-client', '0055g00000AdMiNAAV');

    const reloaded = demoOrg(storage);

    expect(reloaded.auth.refreshTokenOwner(token)).toEqual({ clientId: 'demo-client', userId: '0055g00000AdMiNAAV' });
    expect(reloaded.auth.consumeRefreshToken(token)).toBeDefined();
    expect(demoOrg(storage).auth.refreshTokenOwner(token)).toBeUndefined();
  });

  it('forgets a revoked refresh token', () => {
    const storage = memoryDescribeStorage();
    const token = demoOrg(storage).auth.issueRefreshToken('demo-client', '0055g00000AdMiNAAV');

    expect(demoOrg(storage).auth.revoke(token)).toBe(true);

    expect(demoOrg(storage).auth.refreshTokenOwner(token)).toBeUndefined();
  });
});
