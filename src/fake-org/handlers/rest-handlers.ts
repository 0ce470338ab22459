import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { ApiFault } from '../api-fault';
import type { FakeOrg } from '../org';
import { buildRestRouter } from './rest/build-router';
import { authenticate, checkOrgFaults, readJsonBody } from './rest/rest-guard';
import { isServedVersion, versionsBody } from './rest/versions';

/** What Salesforce names its JSON responses; some clients compare the whole header, charset included. */
const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

// msw handlers for Salesforce's REST API on the org's instance URL. Every response carries
// Sforce-Limit-Info; every authenticated call counts once toward the API limit.
export function restHandlers(org: FakeOrg): HttpHandler[] {
  const router = buildRestRouter();
  const base = `${org.instanceUrl}/services/data`;

  const respond = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    const allHeaders = { 'Sforce-Limit-Info': org.usage.header(), ...headers };
    if (status === 204 || status === 304 || body === undefined) return new HttpResponse(null, { status, headers: allHeaders });
    if (body instanceof Uint8Array) return new HttpResponse(body, { status, headers: allHeaders });
    return new HttpResponse(JSON.stringify(body), { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...allHeaders } });
  };

  return [
    http.get(new RegExp(`^${escapeRegExp(base)}/?$`), async () => {
      await delay(org.faults.latencyMs);
      return respond(200, versionsBody());
    }),
    http.all(`${base}/:version/*`, async ({ request, params }) => {
      await delay(org.faults.latencyMs);
      try {
        const version = String(params.version ?? '');
        if (!version.startsWith('v') || !isServedVersion(version.slice(1))) {
          throw new ApiFault(404, 'NOT_FOUND', 'The requested resource does not exist');
        }
        const userId = authenticate(org, request);
        checkOrgFaults(org);
        org.usage.record();
        const url = new URL(request.url);
        const result = await router.dispatch({
          org,
          method: request.method.toUpperCase(),
          path: url.pathname.slice(`${new URL(base).pathname}/${version}`.length) || '/',
          query: url.searchParams,
          headers: request.headers,
          body: await readJsonBody(request),
          apiVersion: version.slice(1),
          userId,
        });
        return respond(result.status, result.body, result.headers);
      } catch (error) {
        if (error instanceof ApiFault) return respond(error.status, error.errors);
        throw error;
      }
    }),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
