import { deletedBody, updatedBody } from '../../replication/replicated-changes';
import type { RestCall, RestResult } from './rest-types';
import type { RestRouter } from './router';

function updated(call: RestCall, params: Record<string, string>): RestResult {
  return { status: 200, body: updatedBody(call.org, call.org.describeOrThrow(params.sobject ?? ''), call.query) };
}

function deleted(call: RestCall, params: Record<string, string>): RestResult {
  return { status: 200, body: deletedBody(call.org, call.org.describeOrThrow(params.sobject ?? ''), call.query) };
}

/** getUpdated / getDeleted, the replication pair a sync polls. Registered before /sobjects/{T}/{id}. */
export function registerReplicationRoutes(router: RestRouter): void {
  router.on('GET', '/sobjects/:sobject/updated', updated).on('GET', '/sobjects/:sobject/deleted', deleted);
}
