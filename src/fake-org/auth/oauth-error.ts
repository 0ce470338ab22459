// Salesforce's OAuth error bodies: { error, error_description }, HTTP 400 from the token endpoint.
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }

  toBody(): { error: string; error_description: string } {
    return { error: this.error, error_description: this.description };
  }
}

export const invalidClientId = () => new OAuthError('invalid_client_id', 'client identifier invalid');
export const redirectUriMismatch = () => new OAuthError('redirect_uri_mismatch', 'redirect_uri must match configuration');
export const unsupportedGrantType = () => new OAuthError('unsupported_grant_type', 'grant type not supported');
export const authenticationFailure = () => new OAuthError('invalid_grant', 'authentication failure');
export const expiredAuthorizationCode = () => new OAuthError('invalid_grant', 'expired authorization code');
export const invalidCodeVerifier = () => new OAuthError('invalid_grant', 'invalid code verifier');
export const expiredRefreshToken = () => new OAuthError('invalid_grant', 'expired access/refresh token');
