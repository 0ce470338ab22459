import type { RestCall, RestResult } from './rest-types';
import type { RestRouter } from './router';

// GET /limits in the real shape ({ Name: { Max, Remaining } }); DailyApiRequests tracks the org's counter.
function limits(call: RestCall): RestResult {
  const { usage } = call.org;
  return {
    status: 200,
    body: {
      ConcurrentAsyncGetReportInstances: { Max: 200, Remaining: 200 },
      DailyApiRequests: { Max: usage.max, Remaining: usage.remaining() },
      DailyAsyncApexExecutions: { Max: 250000, Remaining: 250000 },
      DailyBulkApiBatches: { Max: 15000, Remaining: 15000 },
      DailyStreamingApiEvents: { Max: 10000, Remaining: 10000 },
      DataStorageMB: { Max: 5, Remaining: 5 },
      FileStorageMB: { Max: 20, Remaining: 20 },
      HourlyODataCallout: { Max: 10000, Remaining: 10000 },
      SingleEmail: { Max: 15, Remaining: 15 },
    },
  };
}

export function registerLimitsRoute(router: RestRouter): void {
  router.on('GET', '/limits', limits);
}
