import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FakeOrg } from '../org';
import { apiFault, renderFault, SoapFault } from '../soap/soap-fault';
import { guardSoapCall } from '../soap/soap-guard';
import { soapOperation } from '../soap/soap-operations';
import { parseSoapRequest } from '../soap/soap-request';
import { limitInfoHeader, responseEnvelope, SOAP_CONTENT_TYPE } from '../soap/soap-xml';
import { isServedVersion } from './rest/versions';

function xml(status: number, body: string): Response {
  return new HttpResponse(body, { status, headers: { 'Content-Type': SOAP_CONTENT_TYPE } });
}

// msw handlers for the partner SOAP API (/services/Soap/u/{version}, with or without the org id
// that login()'s serverUrl appends). Faults go out as HTTP 500 soapenv:Fault envelopes.
export function soapHandlers(org: FakeOrg): HttpHandler[] {
  const serve = async (request: Request, version: string): Promise<Response> => {
    try {
      if (!isServedVersion(version)) throw apiFault('UNSUPPORTED_API_VERSION', 'Invalid Api version specified on URL');
      const call = parseSoapRequest(await request.text());
      const operation = soapOperation(call.operation);
      const userId = await guardSoapCall(org, call.sessionId);
      const body = operation(org, call.payload, userId);
      return xml(200, responseEnvelope(body, limitInfoHeader(org.usage.served, org.usage.max)));
    } catch (error) {
      if (error instanceof SoapFault) return xml(error.status, renderFault(error));
      throw error;
    }
  };
  const base = `${org.instanceUrl}/services/Soap/u/:version`;
  return [
    http.post(base, ({ request, params }) => serve(request, String(params.version))),
    http.post(`${base}/:orgId`, ({ request, params }) => serve(request, String(params.version))),
  ];
}
