import { ApiFault } from '../../api-fault';
import { resolveReferences } from './composite-references';
import { isQueryOrCollection, type RestCall, type RestResult } from './rest-types';
import type { RestRouter } from './router';

interface SubrequestIn {
  method: string;
  url: string;
  referenceId: string;
  body?: unknown;
  httpHeaders?: Record<string, string>;
}

interface SubresponseOut {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}

const MAX_SUBREQUESTS = 25;
const MAX_QUERIES = 5;
const HALTED = 'The transaction was rolled back since another operation in the same transaction failed.';

function parseBody(body: unknown): { allOrNone: boolean; requests: SubrequestIn[] } {
  const input = body as { allOrNone?: unknown; compositeRequest?: unknown } | null;
  if (!input || !Array.isArray(input.compositeRequest)) {
    throw new ApiFault(400, 'JSON_PARSER_ERROR', 'The request body must contain a compositeRequest array.');
  }
  return { allOrNone: input.allOrNone === true, requests: input.compositeRequest as SubrequestIn[] };
}

function checkLimits(requests: SubrequestIn[]): void {
  if (requests.length > MAX_SUBREQUESTS) {
    throw new ApiFault(400, 'LIMIT_EXCEEDED', `Composite request can have a maximum of ${MAX_SUBREQUESTS} subrequests; this one has ${requests.length}.`);
  }
  const queries = requests.filter((r) => isQueryOrCollection(r.url.replace(/^\/services\/data\/v\d+\.\d+/, '')));
  if (queries.length > MAX_QUERIES) {
    throw new ApiFault(400, 'LIMIT_EXCEEDED', `Composite request can have a maximum of ${MAX_QUERIES} query or sObject collection subrequests; this one has ${queries.length}.`);
  }
}

async function runOne(router: RestRouter, call: RestCall, request: SubrequestIn, results: Map<string, unknown>): Promise<SubresponseOut> {
  try {
    const url = resolveReferences(request.url, results);
    const body = resolveReferences(request.body, results);
    const parsed = new URL(url, 'https://composite.invalid');
    const version = /^\/services\/data\/v(\d+\.\d+)(\/.*)$/.exec(parsed.pathname);
    if (!version) throw new ApiFault(400, 'NOT_FOUND', 'The requested resource does not exist');
    const headers = new Headers(call.headers);
    for (const [name, value] of Object.entries(request.httpHeaders ?? {})) headers.set(name, value);
    const result: RestResult = await router.dispatch({
      ...call,
      method: request.method.toUpperCase(),
      path: version[2] ?? '',
      query: parsed.searchParams,
      headers,
      body,
      apiVersion: version[1] ?? call.apiVersion,
    });
    if (result.body instanceof Uint8Array) {
      // Salesforce documents that blob retrieves do not work inside a composite; its exact error is not recorded.
      throw new ApiFault(400, 'NOT_SUPPORTED', 'A blob field cannot be retrieved inside a composite request; request it on its own.');
    }
    if (result.status < 300) results.set(request.referenceId, result.body);
    return { body: result.body ?? null, httpHeaders: result.headers ?? {}, httpStatusCode: result.status, referenceId: request.referenceId };
  } catch (error) {
    if (!(error instanceof ApiFault)) throw error;
    return { body: error.errors, httpHeaders: {}, httpStatusCode: error.status, referenceId: request.referenceId };
  }
}

/** POST /composite: up to 25 subrequests in order, one API call; all-or-none rolls every write back. */
export function registerCompositeRoute(router: RestRouter): void {
  router.on('POST', '/composite', async (call) => {
    const { allOrNone, requests } = parseBody(call.body);
    checkLimits(requests);
    // Copying the store costs time on every request, so only an all-or-none composite pays for it.
    const rollback = allOrNone ? call.org.records.snapshot() : undefined;
    const results = new Map<string, unknown>();
    const responses: SubresponseOut[] = [];
    for (const request of requests) {
      const response = await runOne(router, call, request, results);
      responses.push(response);
      if (allOrNone && response.httpStatusCode >= 400) break;
    }
    const failed = responses.find((r) => r.httpStatusCode >= 400);
    if (rollback && failed) {
      rollback();
      const halted = (referenceId: string): SubresponseOut => ({
        body: [{ errorCode: 'PROCESSING_HALTED', message: HALTED }],
        httpHeaders: {},
        httpStatusCode: 400,
        referenceId,
      });
      return {
        status: 200,
        body: { compositeResponse: requests.map((r) => (r.referenceId === failed.referenceId ? failed : halted(r.referenceId))) },
      };
    }
    return { status: 200, body: { compositeResponse: responses } };
  });
}
