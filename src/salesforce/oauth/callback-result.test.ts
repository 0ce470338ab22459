import { describe, expect, it } from 'vitest';
import { authorizeUrl } from './authorize-url';
import { callbackMessageSchema, callbackResultFromQuery } from './callback-result';

const STATE = 'Zq3v8r2m9Kx4T7bW1cY6uE5nJ0aH8sLp';

describe('authorizeUrl', () => {
  it('asks My Domain for a code with the S256 challenge and the state', () => {
    const url = new URL(
      authorizeUrl({
        loginUrl: 'https://acme.my.salesforce.com',
        clientId: '3MVG9client',
        redirectUri: 'https://sidebar.acme.example/oauth/callback',
        codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        state: STATE,
      }),
    );

    expect(`${url.origin}${url.pathname}`).toBe('https://acme.my.salesforce.com/services/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: '3MVG9client',
      redirect_uri: 'https://sidebar.acme.example/oauth/callback',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      state: STATE,
    });
  });
});

describe('callback results', () => {
  it('reads a code or an error from the callback URL, and nothing else', () => {
    expect(callbackResultFromQuery(`?code=aPrx42&state=${STATE}&sfdc_community_url=x`)).toEqual({ state: STATE, code: 'aPrx42' });
    expect(callbackResultFromQuery(`?error=access_denied&error_description=end-user+denied+authorization&state=${STATE}`)).toEqual({
      state: STATE,
      error: 'access_denied',
      error_description: 'end-user denied authorization',
    });
  });

  it('refuses a callback without a well-formed state', () => {
    expect(callbackResultFromQuery('?code=aPrx42')).toBeUndefined();
    expect(callbackResultFromQuery('?code=aPrx42&state=short')).toBeUndefined();
    expect(callbackResultFromQuery(`?code=aPrx42&state=${STATE}%3Cscript%3E`)).toBeUndefined();
    expect(callbackResultFromQuery('')).toBeUndefined();
  });

  it('accepts only messages of the callback type', () => {
    expect(callbackMessageSchema.safeParse({ type: 'salesforce-oauth-callback', state: STATE, code: 'c' }).success).toBe(true);
    expect(callbackMessageSchema.safeParse({ type: 'something-else', state: STATE, code: 'c' }).success).toBe(false);
    expect(callbackMessageSchema.safeParse({ type: 'salesforce-oauth-callback', state: STATE }).success).toBe(false);
  });
});
