import type { Connection } from 'jsforce/core';
import { parseResponse } from '../parse-response';
import { limitsSchema, type OrgLimits } from '../schemas/limits';
import { sendRest } from '../transport/send';

/** GET /limits: every org limit with its Max and Remaining (DailyApiRequests, …). */
export async function limits(conn: Connection): Promise<OrgLimits> {
  const response = await sendRest(conn, { method: 'GET', url: '/limits' });
  return parseResponse(limitsSchema, response.body, 'limits');
}

export interface ApiUsage {
  used: number;
  limit: number;
}

/**
 * API usage from the Sforce-Limit-Info header of the latest REST response (jsforce parses it into
 * `conn.limitInfo`): free, unlike a /limits call. Undefined until a response carried it.
 */
export function latestApiUsage(conn: Connection): ApiUsage | undefined {
  const usage = conn.limitInfo.apiUsage;
  return usage ? { used: usage.used, limit: usage.limit } : undefined;
}
