// Tokens the fake org has issued. Access tokens are opaque strings shaped like Salesforce's
// ("00D…!…"); refresh tokens rotate on every use, as with Salesforce's refresh-token rotation.
export interface AuthorizationCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string | undefined;
  codeChallengeMethod: string | undefined;
  userId: string;
  expiresAt: number;
}

/** How long an authorization code stays exchangeable (Salesforce: 15 minutes). */
export const CODE_TTL_MS = 15 * 60 * 1000;

export class AuthState {
  private readonly accessTokens = new Map<string, string>();
  private readonly refreshTokens = new Map<string, { clientId: string; userId: string }>();
  readonly codes = new Map<string, AuthorizationCode>();
  private sequence = 0;

  constructor(private readonly orgId: string) {}

  /** Makes `token` a valid access token for `userId` (tests and the CLI pick their own token). */
  grantAccessToken(token: string, userId: string): void {
    this.accessTokens.set(token, userId);
  }

  issueAccessToken(userId: string): string {
    const token = `${this.orgId.slice(0, 15)}!AQ${this.opaque(96)}`;
    this.accessTokens.set(token, userId);
    return token;
  }

  issueRefreshToken(clientId: string, userId: string): string {
    const token = `5Aep861${this.opaque(80)}`;
    this.refreshTokens.set(token, { clientId, userId });
    return token;
  }

  /** Issues a single-use authorization code bound to the client, redirect URI and PKCE challenge. */
  issueCode(grant: Omit<AuthorizationCode, 'expiresAt'>, nowMs: number): string {
    const code = `aPrx${this.opaque(72)}`;
    this.codes.set(code, { ...grant, expiresAt: nowMs + CODE_TTL_MS });
    return code;
  }

  /** Uses up a code: whatever the exchange's outcome, a code is never accepted twice. */
  consumeCode(code: string): AuthorizationCode | undefined {
    const grant = this.codes.get(code);
    if (grant) this.codes.delete(code);
    return grant;
  }

  /** Who a refresh token belongs to, without using it up. */
  refreshTokenOwner(token: string): { clientId: string; userId: string } | undefined {
    return this.refreshTokens.get(token);
  }

  /** The user an access token belongs to, or undefined if it is unknown, revoked or expired. */
  userForAccessToken(token: string): string | undefined {
    return this.accessTokens.get(token);
  }

  /** Uses up a refresh token (rotation): it is no longer valid afterwards. */
  consumeRefreshToken(token: string): { clientId: string; userId: string } | undefined {
    const entry = this.refreshTokens.get(token);
    if (entry) this.refreshTokens.delete(token);
    return entry;
  }

  /** Revokes either kind of token; revoking a refresh token ends its user's sessions too. */
  revoke(token: string): boolean {
    if (this.accessTokens.delete(token)) return true;
    const refresh = this.refreshTokens.get(token);
    if (!refresh) return false;
    this.refreshTokens.delete(token);
    for (const [access, userId] of this.accessTokens) if (userId === refresh.userId) this.accessTokens.delete(access);
    return true;
  }

  /** Ends every access token (a session timeout) while keeping refresh tokens usable. */
  expireAccessTokens(): void {
    this.accessTokens.clear();
  }

  private opaque(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';
    const bytes = new Uint8Array(length);
    globalThis.crypto.getRandomValues(bytes);
    this.sequence += 1;
    return Array.from(bytes, (b) => alphabet.charAt(b % alphabet.length)).join('') + this.sequence.toString(36);
  }
}
