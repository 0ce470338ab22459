import { escapeXml, PARTNER_FAULT_NS, SOAP_ENV_NS, XSI_NS } from './soap-xml';

interface FaultDetail {
  type: string;
  exceptionCode: string;
  exceptionMessage: string;
}

// A whole-call SOAP failure (as opposed to a per-record error inside a result). Salesforce answers
// these with HTTP 500 and a soapenv:Fault; jsforce reads `faultcode` as the error code and refreshes
// the session when it is `sf:INVALID_SESSION_ID`.
export class SoapFault extends Error {
  constructor(
    readonly status: number,
    readonly faultcode: string,
    readonly faultstring: string,
    readonly detail?: FaultDetail,
  ) {
    super(faultstring);
  }
}

/** An API fault (sf:CODE) with the UnexpectedErrorFault detail the partner API attaches. */
export function apiFault(code: string, message: string, status = 500): SoapFault {
  return new SoapFault(status, `sf:${code}`, `${code}: ${message}`, {
    type: 'UnexpectedErrorFault',
    exceptionCode: code,
    exceptionMessage: message,
  });
}

/** A fault in the request itself (bad XML, unknown operation), which the SOAP stack reports as soapenv:Client. */
export function clientFault(message: string): SoapFault {
  return new SoapFault(500, 'soapenv:Client', message);
}

export function renderFault(fault: SoapFault): string {
  const detail = fault.detail
    ? `<detail><sf:${fault.detail.type} xsi:type="sf:${fault.detail.type}">` +
      `<sf:exceptionCode>${escapeXml(fault.detail.exceptionCode)}</sf:exceptionCode>` +
      `<sf:exceptionMessage>${escapeXml(fault.detail.exceptionMessage)}</sf:exceptionMessage>` +
      `</sf:${fault.detail.type}></detail>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soapenv:Envelope xmlns:soapenv="${SOAP_ENV_NS}" xmlns:sf="${PARTNER_FAULT_NS}" xmlns:xsi="${XSI_NS}">` +
    `<soapenv:Body><soapenv:Fault><faultcode>${fault.faultcode}</faultcode>` +
    `<faultstring>${escapeXml(fault.faultstring)}</faultstring>${detail}</soapenv:Fault></soapenv:Body></soapenv:Envelope>`
  );
}
