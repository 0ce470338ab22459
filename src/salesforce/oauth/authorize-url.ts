/** Where "Shift-click to sign in to a sandbox" signs in. */
export const SANDBOX_LOGIN_URL = 'https://test.salesforce.com';

export interface AuthorizeRequest {
  /** My Domain, or the sandbox login host. */
  readonly loginUrl: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  /** Ties the callback to this sign-in attempt; checked when the code comes back. */
  readonly state: string;
}

/**
 * The authorize page of the OAuth 2.0 web-server flow with PKCE. No `scope`: the External Client App's selected
 * scopes apply, so an admin changes them in Salesforce without a new build.
 */
export function authorizeUrl(request: AuthorizeRequest): string {
  const url = new URL('/services/oauth2/authorize', request.loginUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    state: request.state,
  }).toString();
  return url.toString();
}
