import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { clientFault } from './soap-fault';

/** A parsed SOAP call: the operation (the Body's element), the SessionHeader's id and the operation's content. */
export interface SoapRequest {
  operation: string;
  sessionId: string | undefined;
  payload: Record<string, unknown>;
}

// Elements that may repeat (one per record); always read as lists so one and many look alike.
const REPEATED = new Set(['leadConverts']);

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function elementNames(node: Record<string, unknown>): string[] {
  return Object.keys(node).filter((key) => !key.startsWith('@_'));
}

export function parseSoapRequest(xml: string): SoapRequest {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw clientFault(`Unable to parse the request: ${valid.err.msg}`);
  const envelope = asObject(asObject(parser.parse(xml) as unknown)?.Envelope);
  const body = asObject(envelope?.Body);
  const operation = body ? elementNames(body)[0] : undefined;
  if (!body || !operation) throw clientFault('Missing SOAP Body: the request must be a SOAP envelope with one operation.');
  const session = asObject(asObject(envelope?.Header)?.SessionHeader)?.sessionId;
  return {
    operation,
    sessionId: typeof session === 'string' && session !== '' ? session : undefined,
    payload: asObject(body[operation]) ?? {},
  };
}
