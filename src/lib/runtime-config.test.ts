import { describe, expect, it } from 'vitest';
import { ConfigError, loadRuntimeConfig, runtimeConfigFromEnv } from './runtime-config';

const CLIENT_ID = '3MVG9sidebar-client';

function problemsOf(env: Record<string, string | undefined>): string {
  try {
    runtimeConfigFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('runtimeConfigFromEnv', () => {
  it('runs the demo when no client id is set (empty counts as unset)', () => {
    expect(runtimeConfigFromEnv({})).toEqual({ transport: 'demo' });
    expect(runtimeConfigFromEnv({ SALESFORCE_CLIENT_ID: '  ' })).toEqual({ transport: 'demo' });
  });

  it('reads every variable, with the proxy transport by default once a client id is set', () => {
    expect(
      runtimeConfigFromEnv({
        SALESFORCE_CLIENT_ID: CLIENT_ID,
        SALESFORCE_LOGIN_URL: 'https://acme.my.salesforce.com/',
        SALESFORCE_CALLBACK_URL: 'https://sidebar.acme.example/oauth/callback',
        SALESFORCE_API_VERSION: '64.0',
      }),
    ).toEqual({
      transport: 'proxy',
      salesforce: {
        clientId: CLIENT_ID,
        loginUrl: 'https://acme.my.salesforce.com',
        callbackUrl: 'https://sidebar.acme.example/oauth/callback',
        apiVersion: '64.0',
      },
    });
  });

  it('defaults the login host to login.salesforce.com and the API version to 62.0 for the proxy', () => {
    expect(runtimeConfigFromEnv({ SALESFORCE_CLIENT_ID: CLIENT_ID }).salesforce).toEqual({
      clientId: CLIENT_ID,
      loginUrl: 'https://login.salesforce.com',
      apiVersion: '62.0',
    });
  });

  it('requires My Domain for the direct transport, where CORS works only there', () => {
    expect(problemsOf({ SALESFORCE_CLIENT_ID: CLIENT_ID, SALESFORCE_TRANSPORT: 'direct' })).toContain(
      'SALESFORCE_LOGIN_URL: is required for the direct transport',
    );
    expect(
      runtimeConfigFromEnv({ SALESFORCE_CLIENT_ID: CLIENT_ID, SALESFORCE_TRANSPORT: 'direct', SALESFORCE_LOGIN_URL: 'https://acme.my.salesforce.com' })
        .transport,
    ).toBe('direct');
  });

  it('requires a client id for the proxy and direct transports', () => {
    expect(problemsOf({ SALESFORCE_TRANSPORT: 'proxy' })).toContain('SALESFORCE_CLIENT_ID: is required for the proxy and direct transports');
  });

  it('names each variable that is wrong, all at once', () => {
    const message = problemsOf({
      SALESFORCE_CLIENT_ID: CLIENT_ID,
      SALESFORCE_TRANSPORT: 'carrier-pigeon',
      SALESFORCE_LOGIN_URL: 'http://acme.my.salesforce.com',
      SALESFORCE_CALLBACK_URL: 'not a url',
      SALESFORCE_API_VERSION: 'v62',
    });
    expect(message).toContain('SALESFORCE_TRANSPORT: must be one of demo, proxy, direct');
    expect(message).toContain('SALESFORCE_LOGIN_URL: must be an https:// URL');
    expect(message).toContain('SALESFORCE_CALLBACK_URL: must be an http(s) URL');
    expect(message).toContain('SALESFORCE_API_VERSION: must be an API version such as 62.0');
  });

  it('refuses a login URL with a path, which would send sign-in to the wrong page', () => {
    expect(problemsOf({ SALESFORCE_CLIENT_ID: CLIENT_ID, SALESFORCE_LOGIN_URL: 'https://acme.my.salesforce.com/services' })).toContain(
      'SALESFORCE_LOGIN_URL: must be an origin only',
    );
  });
});

describe('loadRuntimeConfig', () => {
  const serve = (status: number, body?: unknown) => () =>
    Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } }),
    );

  it('parses what the server sends', async () => {
    const config = { transport: 'proxy', salesforce: { clientId: CLIENT_ID, loginUrl: 'https://acme.my.salesforce.com', apiVersion: '62.0' } };
    await expect(loadRuntimeConfig(serve(200, config))).resolves.toEqual(config);
  });

  it('runs the demo where no server provides a configuration', async () => {
    await expect(loadRuntimeConfig(serve(404))).resolves.toEqual({ transport: 'demo' });
    const appHtml = () => Promise.resolve(new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    await expect(loadRuntimeConfig(appHtml)).resolves.toEqual({ transport: 'demo' });
  });

  it('stops with the reason when the configuration is broken or unavailable', async () => {
    await expect(loadRuntimeConfig(serve(200, { transport: 'proxy' }))).rejects.toThrow(
      "The sidebar's configuration is invalid: salesforce.clientId: is required unless the transport is demo",
    );
    await expect(loadRuntimeConfig(serve(500))).rejects.toThrow('could not be loaded (HTTP 500)');
  });
});
