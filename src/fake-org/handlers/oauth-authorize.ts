import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { renderConsentPage } from '../auth/consent-page';
import { ORG_DISPLAY_NAME, orgUser } from '../auth/org-user';
import type { FakeOrg } from '../org';
import { formParams, redirectWith } from './oauth-responses';

// GET/POST /services/oauth2/authorize: the web-server flow's first leg. Without `approve` it shows the
// consent page; approve=1 redirects back with a code, anything else with access_denied. Problems with
// the client or redirect URI are shown on an error page (the redirect target cannot be trusted);
// every other problem is reported to the redirect URI, as Salesforce does.

function errorPage(error: string, description: string): Response {
  const text = `error=${error}&error_description=${encodeURIComponent(description)}`;
  return new HttpResponse(text, { status: 400, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } });
}

function absoluteUrl(value: string | null): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function authorize(org: FakeOrg, endpoint: string, params: URLSearchParams): Response {
  const clientId = params.get('client_id');
  if (!clientId) return errorPage('invalid_client_id', 'client identifier invalid');
  const redirectUri = params.get('redirect_uri');
  const redirect = absoluteUrl(redirectUri);
  if (!redirectUri || !redirect) return errorPage('redirect_uri_mismatch', 'redirect_uri must match configuration');

  const state = params.get('state');
  const back = (query: Record<string, string>) => redirectWith(redirect, state === null ? query : { ...query, state });
  if (params.get('response_type') !== 'code') {
    return back({ error: 'unsupported_response_type', error_description: 'response type not supported' });
  }
  const challenge = params.get('code_challenge');
  if (!challenge) return back({ error: 'invalid_request', error_description: 'missing required code challenge' });
  const method = params.get('code_challenge_method') ?? 'S256';
  if (method !== 'S256') return back({ error: 'invalid_request', error_description: 'invalid code challenge method' });

  const approve = params.get('approve');
  if (approve === null) {
    const user = orgUser(org, org.userId);
    const html = renderConsentPage({ action: endpoint, params, orgName: ORG_DISPLAY_NAME, userName: user.name, username: user.username });
    return HttpResponse.html(html);
  }
  if (approve !== '1') return back({ error: 'access_denied', error_description: 'end-user denied authorization' });
  const code = org.auth.issueCode(
    { clientId, redirectUri, codeChallenge: challenge, codeChallengeMethod: method, userId: org.userId },
    org.now().getTime(),
  );
  return back({ code });
}

export function authorizeHandlers(org: FakeOrg, origin: string): HttpHandler[] {
  const endpoint = `${origin}/services/oauth2/authorize`;
  return [
    http.get(endpoint, async ({ request }) => {
      await delay(org.faults.latencyMs);
      return authorize(org, endpoint, new URL(request.url).searchParams);
    }),
    http.post(endpoint, async ({ request }) => {
      await delay(org.faults.latencyMs);
      const params = new URL(request.url).searchParams;
      for (const [name, value] of await formParams(request)) params.set(name, value);
      return authorize(org, endpoint, params);
    }),
  ];
}
