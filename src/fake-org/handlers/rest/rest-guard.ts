import { ApiFault } from '../../api-fault';
import type { FakeOrg } from '../../org';

/** The user behind the request's bearer token, or Salesforce's 401 when there is none. */
export function authenticate(org: FakeOrg, request: Request): string {
  const token = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1]?.trim();
  const userId = token ? org.auth.userForAccessToken(token) : undefined;
  if (!userId || org.faults.expiredSession) throw new ApiFault(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
  return userId;
}

/** Org-wide faults, checked after authentication like Salesforce's own gatekeeping. */
export function checkOrgFaults(org: FakeOrg): void {
  if (org.faults.serverError) {
    throw new ApiFault(503, 'SERVER_UNAVAILABLE', 'Server is temporarily unavailable. Please try again later.');
  }
  if (org.faults.apiDisabled) {
    throw new ApiFault(403, 'API_DISABLED_FOR_ORG', 'The REST API is not enabled for this Organization.');
  }
  if (org.faults.apiLimitExhausted || org.usage.remaining() === 0) {
    throw new ApiFault(403, 'REQUEST_LIMIT_EXCEEDED', `TotalRequests Limit exceeded.`);
  }
}

/** Parses a JSON request body, answering JSON_PARSER_ERROR like Salesforce for malformed input. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiFault(400, 'JSON_PARSER_ERROR', `Unexpected character in request body: ${text.slice(0, 40)}`);
  }
}
