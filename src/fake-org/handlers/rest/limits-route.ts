import { ORG_LIMIT_MAXIMUMS } from './org-limit-maximums';
import type { RestCall, RestResult } from './rest-types';
import type { RestRouter } from './router';

const MAX_CONTENT_DOCUMENTS = 30_000_000;

// GET /limits: every limit a real org reports, in the recorded shape ({ Name: { Max, Remaining } },
// alphabetical). What the org counts is live: DailyApiRequests tracks its request counter and
// MaxContentDocumentsLimit its files; the rest are untouched.
function limits(call: RestCall): RestResult {
  const { usage } = call.org;
  const counted: Record<string, unknown> = {
    DailyApiRequests: { Max: usage.max, Remaining: usage.remaining() },
    MaxContentDocumentsLimit: { Max: MAX_CONTENT_DOCUMENTS, Remaining: MAX_CONTENT_DOCUMENTS - call.org.records.all('ContentDocument').length },
    // The one limit recorded with a nested sub-limit.
    PermissionSets: { Max: 1500, Remaining: 1500, CreateCustom: { Max: 1000, Remaining: 1000 } },
  };
  const fixed = ORG_LIMIT_MAXIMUMS.map(([name, max]) => [name, { Max: max, Remaining: max }] as const);
  const all = Object.entries({ ...Object.fromEntries(fixed), ...counted }).sort(([a], [b]) => (a < b ? -1 : 1));
  return { status: 200, body: Object.fromEntries(all) };
}

export function registerLimitsRoute(router: RestRouter): void {
  router.on('GET', '/limits', limits);
}
