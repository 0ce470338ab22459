import { HttpResponse, type JsonBodyType } from 'msw';
import type { OAuthError } from '../auth/oauth-error';

// Response helpers shared by the OAuth endpoints. Token responses are never cached, like Salesforce's.
const NO_STORE = { 'Cache-Control': 'no-cache,must-revalidate,max-age=0,no-store,private', Pragma: 'no-cache' };

export function oauthJson(body: JsonBodyType, status = 200): Response {
  return HttpResponse.json(body, { status, headers: { ...NO_STORE, 'Content-Type': 'application/json;charset=UTF-8' } });
}

export function oauthErrorJson(error: OAuthError): Response {
  return oauthJson(error.toBody(), error.status);
}

/** Salesforce's answer to a missing, unknown or expired bearer token on the identity endpoints. */
export function badOAuthToken(): Response {
  return new HttpResponse('Bad_OAuth_Token', { status: 403, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } });
}

/** A 302 to the client's redirect URI with the given query parameters added. */
export function redirectWith(redirectUri: URL, query: Record<string, string>): Response {
  const target = new URL(redirectUri);
  for (const [name, value] of Object.entries(query)) target.searchParams.set(name, value);
  return new HttpResponse(null, { status: 302, headers: { Location: target.toString(), ...NO_STORE } });
}

/** The form body of a request as parameters (OAuth endpoints take application/x-www-form-urlencoded). */
export async function formParams(request: Request): Promise<URLSearchParams> {
  return new URLSearchParams(await request.text());
}
