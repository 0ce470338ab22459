import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { identityBody, userInfoBody } from '../auth/identity';
import type { FakeOrg } from '../org';
import { badOAuthToken, oauthJson } from './oauth-responses';

// Who a bearer token belongs to: /services/oauth2/userinfo (OpenID Connect) and the identity URL
// (/id/{orgId}/{userId}) that a token response's `id` names and jsforce's identity() calls. The token
// comes as a bearer header or, as Salesforce also accepts (and jsforce sends), an oauth_token parameter.

function bearerUser(org: FakeOrg, request: Request): string | undefined {
  const header = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1]?.trim();
  const token = header ?? new URL(request.url).searchParams.get('oauth_token');
  if (!token || org.faults.expiredSession) return undefined;
  return org.auth.userForAccessToken(token);
}

export function identityHandlers(org: FakeOrg, origin: string): HttpHandler[] {
  const userinfo = async ({ request }: { request: Request }) => {
    await delay(org.faults.latencyMs);
    const userId = bearerUser(org, request);
    return userId ? oauthJson(userInfoBody(org, origin, userId)) : badOAuthToken();
  };
  return [
    http.get(`${origin}/services/oauth2/userinfo`, userinfo),
    http.post(`${origin}/services/oauth2/userinfo`, userinfo),
    http.get(`${origin}/id/:orgId/:userId`, async ({ request, params }) => {
      await delay(org.faults.latencyMs);
      if (!bearerUser(org, request)) return badOAuthToken();
      const userId = String(params.userId);
      if (String(params.orgId).slice(0, 15) !== org.orgId.slice(0, 15) || !userId.startsWith('005')) {
        return new HttpResponse('Bad_Id', { status: 404, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } });
      }
      return oauthJson(identityBody(org, origin, userId));
    }),
  ];
}
