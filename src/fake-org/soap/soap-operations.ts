import type { FakeOrg } from '../org';
import { convertLeads } from './convert-lead';
import { convertLeadResponse } from './convert-lead-response';
import { readLeadConverts } from './lead-convert-request';
import { clientFault } from './soap-fault';
import { PARTNER_NS } from './soap-xml';

/** Runs one partner-API operation and returns its response element (the SOAP Body's content). */
export type SoapOperation = (org: FakeOrg, payload: Record<string, unknown>, userId: string) => string;

// The partner API operations the fake org implements. convertLead is the one the product needs:
// Salesforce has no standard REST equivalent.
const OPERATIONS: Record<string, SoapOperation> = {
  convertLead: (org, payload, userId) => convertLeadResponse(convertLeads(org, readLeadConverts(payload), userId)),
};

/** The operation's implementation, or the fault the SOAP stack gives for one the WSDL does not define. */
export function soapOperation(name: string): SoapOperation {
  const operation = Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined;
  if (!operation) {
    throw clientFault(`No operation available for request {${PARTNER_NS}}${name}, please check the WSDL for the service.`);
  }
  return operation;
}
