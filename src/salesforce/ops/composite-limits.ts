import { SalesforceError } from '../errors';

// Salesforce's documented limits for POST /composite, checked before sending so a request that would be
// refused whole never costs an API call.
export const MAX_COMPOSITE_SUBREQUESTS = 25;
export const MAX_COMPOSITE_QUERIES = 5;

const REFERENCE_ID = /^[A-Za-z0-9][A-Za-z0-9_]*$/;
const REFERENCE = /@\{([A-Za-z0-9_]+)[.[]/g;

export interface SubrequestShape {
  readonly url: string;
  readonly referenceId: string;
  readonly body?: unknown;
}

function invalid(detail: string): SalesforceError {
  return new SalesforceError({ code: 'INVALID_REQUEST', serverMessage: detail });
}

/** Queries and sObject-collection calls share the budget of 5 per composite request. */
export function isQueryOrCollection(url: string): boolean {
  const path = url.replace(/^\/services\/data\/v\d+\.\d+/, '');
  return /^\/(query|queryAll)(\/|\?|$)/.test(path) || /^\/composite\/sobjects(\/|\?|$)/.test(path);
}

export function validateComposite(requests: readonly SubrequestShape[]): void {
  if (requests.length === 0) throw invalid('A composite request needs at least one subrequest.');
  if (requests.length > MAX_COMPOSITE_SUBREQUESTS) {
    throw invalid(`A composite request holds at most ${MAX_COMPOSITE_SUBREQUESTS} subrequests; this one has ${requests.length}.`);
  }
  const queries = requests.filter((request) => isQueryOrCollection(request.url)).length;
  if (queries > MAX_COMPOSITE_QUERIES) {
    throw invalid(`A composite request holds at most ${MAX_COMPOSITE_QUERIES} queries or collection calls; this one has ${queries}.`);
  }
  const earlier = new Set<string>();
  for (const request of requests) {
    if (!REFERENCE_ID.test(request.referenceId)) throw invalid(`Not a valid referenceId: ${JSON.stringify(request.referenceId)}`);
    if (earlier.has(request.referenceId)) throw invalid(`Duplicate referenceId: ${request.referenceId}`);
    const text = request.url + (request.body === undefined ? '' : JSON.stringify(request.body));
    for (const [, target] of text.matchAll(REFERENCE)) {
      if (target !== undefined && !earlier.has(target)) {
        throw invalid(`Subrequest ${request.referenceId} refers to ${target}, which does not run before it.`);
      }
    }
    earlier.add(request.referenceId);
  }
}
