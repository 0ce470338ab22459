import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { FakeOrg } from '../org';
import { formParams } from './oauth-responses';

// /services/oauth2/revoke: POST with the token in the form body (or a "blind" GET with ?token=).
// Revoking a refresh token also ends its user's sessions. Salesforce reports a bad token with HTTP 400
// and a form-encoded body (error=…&error_description=…), which is what jsforce's revokeToken() parses.
function revoke(org: FakeOrg, token: string | null): Response {
  if (token && org.auth.revoke(token)) return new HttpResponse(null, { status: 200 });
  const body = `error=invalid_token&error_description=${encodeURIComponent('invalid token')}`;
  return new HttpResponse(body, { status: 400, headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' } });
}

export function revokeHandlers(org: FakeOrg, origin: string): HttpHandler[] {
  const endpoint = `${origin}/services/oauth2/revoke`;
  return [
    http.post(endpoint, async ({ request }) => {
      await delay(org.faults.latencyMs);
      return revoke(org, (await formParams(request)).get('token'));
    }),
    http.get(endpoint, async ({ request }) => {
      await delay(org.faults.latencyMs);
      return revoke(org, new URL(request.url).searchParams.get('token'));
    }),
  ];
}
