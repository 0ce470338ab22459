import { toBase64 } from '../auth/base64';
import type { FakeOrg } from '../org';
import { apiFault, SoapFault } from './soap-fault';

// The checks every SOAP call passes before its operation runs, in the same order as the REST guard:
// latency, session, org-wide faults, then the call is counted once toward the API limit.

async function sessionHash(sessionId: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(sessionId));
  return toBase64(new Uint8Array(digest));
}

async function invalidSession(sessionId: string | undefined): Promise<SoapFault> {
  if (!sessionId) return apiFault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session');
  // Salesforce's own wording, hash and line break included (see the INVALID_SESSION_ID fixture).
  return apiFault(
    'INVALID_SESSION_ID',
    `Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: ${await sessionHash(sessionId)}\n` +
      'This error usually occurs after a session expires or a user logs out. ',
  );
}

/** Runs the guard and returns the calling user's id, or throws the SoapFault Salesforce would answer. */
export async function guardSoapCall(org: FakeOrg, sessionId: string | undefined): Promise<string> {
  if (org.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, org.faults.latencyMs));
  const userId = sessionId ? org.auth.userForAccessToken(sessionId) : undefined;
  if (!userId || org.faults.expiredSession) throw await invalidSession(sessionId);
  if (org.faults.serverError) throw apiFault('SERVER_UNAVAILABLE', 'Server is temporarily unavailable. Please try again later.', 503);
  if (org.faults.apiDisabled) throw apiFault('API_DISABLED_FOR_ORG', 'API is not enabled for this Organization or Partner');
  if (org.faults.apiLimitExhausted || org.usage.remaining() === 0) {
    throw apiFault('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
  }
  org.usage.record();
  return userId;
}
