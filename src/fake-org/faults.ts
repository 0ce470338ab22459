// Switches a test or the demo flips to make the fake org misbehave the way a real org can.
export interface FaultSettings {
  /**
   * The session is over: every access token answers 401 INVALID_SESSION_ID and refreshing fails, so the
   * user must sign in again. (For a token that expires but refreshes, call org.auth.expireAccessTokens().)
   */
  expiredSession: boolean;
  /** Every REST request answers 403 REQUEST_LIMIT_EXCEEDED. */
  apiLimitExhausted: boolean;
  /** Every REST request answers 403 API_DISABLED_FOR_ORG. */
  apiDisabled: boolean;
  /** Delay added to every request, in milliseconds. */
  latencyMs: number;
  /** Every REST request answers 503 SERVER_UNAVAILABLE. */
  serverError: boolean;
  /** Objects the running user may read but not create or edit (INSUFFICIENT_ACCESS_OR_READONLY). */
  readOnlyObjects: string[];
}

export function noFaults(): FaultSettings {
  return { expiredSession: false, apiLimitExhausted: false, apiDisabled: false, latencyMs: 0, serverError: false, readOnlyObjects: [] };
}
