import { describe, expect, it } from 'vitest';
import { authSettingsFor, oauthClientAt } from './auth-settings';

const salesforce = { clientId: '3MVG9client', loginUrl: 'https://acme.my.salesforce.com', apiVersion: '62.0' };

describe('authSettingsFor', () => {
  it('sends everything through the same-origin proxy, and calls back to this app', () => {
    const settings = authSettingsFor({ transport: 'proxy', salesforce }, 'https://sidebar.acme.example');

    expect(settings).toEqual({
      transport: 'proxy',
      clientId: '3MVG9client',
      loginUrl: 'https://acme.my.salesforce.com',
      redirectUri: 'https://sidebar.acme.example/oauth/callback',
      apiVersion: '62.0',
      proxyUrl: 'https://sidebar.acme.example/salesforce-proxy',
      handoffUrl: 'https://sidebar.acme.example/oauth/handoff',
    });
    expect(oauthClientAt(settings, 'https://test.salesforce.com')).toEqual({
      loginUrl: 'https://test.salesforce.com',
      clientId: '3MVG9client',
      redirectUri: 'https://sidebar.acme.example/oauth/callback',
      proxyUrl: 'https://sidebar.acme.example/salesforce-proxy',
    });
  });

  it('calls Salesforce directly for the direct transport, and honours a configured callback URL', () => {
    const settings = authSettingsFor(
      { transport: 'direct', salesforce: { ...salesforce, callbackUrl: 'https://auth.acme.example/oauth/callback' } },
      'https://sidebar.acme.example',
    );

    expect(settings.proxyUrl).toBeUndefined();
    expect(settings.redirectUri).toBe('https://auth.acme.example/oauth/callback');
  });
});
