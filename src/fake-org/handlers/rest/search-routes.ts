import { ApiFault } from '../../api-fault';
import { executeParameterizedSearch, executeSosl } from '../../sosl-engine';
import type { RestCall, RestResult } from './rest-types';
import type { RestRouter } from './router';

function search(call: RestCall): RestResult {
  const sosl = call.query.get('q');
  if (!sosl) throw new ApiFault(400, 'MALFORMED_SEARCH', 'No search term found. The search term must be enclosed in braces.');
  return { status: 200, body: executeSosl(call.org, sosl, call.apiVersion) };
}

/** GET takes the parameters in the query string; POST takes the JSON body with sobject specifics. */
function parameterizedSearch(call: RestCall): RestResult {
  const body =
    call.method === 'GET'
      ? {
          q: call.query.get('q') ?? '',
          in: call.query.get('in') ?? undefined,
          fields: call.query.get('fields')?.split(','),
          sobjects: call.query.get('sobject')?.split(',').map((name) => ({ name })),
          overallLimit: call.query.has('overallLimit') ? Number(call.query.get('overallLimit')) : undefined,
        }
      : call.body;
  return { status: 200, body: executeParameterizedSearch(call.org, body, call.apiVersion) };
}

export function registerSearchRoutes(router: RestRouter): void {
  router.on('GET', '/search', search);
  router.on('GET', '/parameterizedSearch', parameterizedSearch);
  router.on('POST', '/parameterizedSearch', parameterizedSearch);
}
