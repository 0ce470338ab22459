// Salesforce's partner SOAP envelopes, written the way the real service writes them (see the soap-*.xml
// fixtures): default namespace urn:partner.soap.sforce.com, xsi declared on the envelope, nulls as xsi:nil.
export const SOAP_ENV_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const PARTNER_NS = 'urn:partner.soap.sforce.com';
export const PARTNER_FAULT_NS = 'urn:fault.partner.soap.sforce.com';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const SOAP_CONTENT_TYPE = 'text/xml;charset=UTF-8';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One simple element; null becomes `<name xsi:nil="true"/>` exactly as Salesforce sends it. */
export function element(name: string, value: string | number | boolean | null): string {
  if (value === null) return `<${name} xsi:nil="true"/>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The LimitInfoHeader Salesforce puts on every successful SOAP response. */
export function limitInfoHeader(current: number, limit: number): string {
  return `<LimitInfoHeader><limitInfo>${element('current', current)}${element('limit', limit)}${element('type', 'API REQUESTS')}</limitInfo></LimitInfoHeader>`;
}

export function responseEnvelope(body: string, header = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soapenv:Envelope xmlns:soapenv="${SOAP_ENV_NS}" xmlns="${PARTNER_NS}" xmlns:xsi="${XSI_NS}">` +
    (header ? `<soapenv:Header>${header}</soapenv:Header>` : '') +
    `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
  );
}
