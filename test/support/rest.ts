import type { FakeOrgHarness } from './fake-org';

export const API = '/services/data/v62.0';

/** A raw REST call against the fake org, as any HTTP client would make it. */
export async function rest(
  harness: FakeOrgHarness,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; token?: string } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(`${harness.instanceUrl}${path.startsWith('/services') ? path : API + path}`, {
    method,
    headers: {
      Authorization: `Bearer ${options.token ?? harness.accessToken}`,
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}
