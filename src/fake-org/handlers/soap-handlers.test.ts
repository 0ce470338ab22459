import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FaultSettings } from '../faults';
import type { FakeOrg } from '../org';
import { Connection } from '../soap/test-support/jsforce-client';
import { TEST_TOKEN } from '../soap/test-support/minimal-org';
import { serveMinimalOrg } from '../soap/test-support/msw-org';

const getOrg = serveMinimalOrg();
const FIXTURES = new URL('../../../test/fixtures/salesforce/', import.meta.url);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false });

type Xml = Record<string, unknown>;
const parse = (xml: string) => parser.parse(xml) as Xml;
const fixture = (name: string) => parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
const at = (node: unknown, ...path: string[]): Xml =>
  path.reduce<Xml>((current, key) => (current[key] ?? {}) as Xml, node as Xml);

function soapBody(sessionId: string, operation: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Header xmlns="urn:partner.soap.sforce.com">' +
    `<SessionHeader><sessionId>${sessionId}</sessionId></SessionHeader></soapenv:Header>` +
    `<soapenv:Body xmlns="urn:partner.soap.sforce.com">${operation}</soapenv:Body></soapenv:Envelope>`
  );
}

async function post(org: FakeOrg, body: string, version = '62.0') {
  const response = await fetch(`${org.instanceUrl}/services/Soap/u/${version}`, {
    method: 'POST', headers: { 'Content-Type': 'text/xml', SOAPAction: '""' }, body,
  });
  return { status: response.status, type: response.headers.get('Content-Type'), xml: parse(await response.text()) };
}

function convertCall(leadId: string): string {
  return `<convertLead><leadConverts><convertedStatus>Closed - Converted</convertedStatus><doNotCreateOpportunity>true</doNotCreateOpportunity><leadId>${leadId}</leadId></leadConverts></convertLead>`;
}

describe('SOAP endpoint', () => {
  it('answers in the partner envelope the recorded responses use, with nil IDs and usage', async () => {
    const org = getOrg();
    const lead = org.insertTrusted('Lead', { LastName: 'Okafor', Company: 'Okafor Ltd', IsConverted: false });
    const { status, type, xml } = await post(org, soapBody(TEST_TOKEN, convertCall(lead.Id)));

    expect(status).toBe(200);
    expect(type).toBe('text/xml;charset=UTF-8');
    const recorded = at(fixture('soap-create-failure-INSUFFICIENT_ACCESS-soapforce.xml'), 'soapenv:Envelope');
    const envelope = at(xml, 'soapenv:Envelope');
    const attributes = (node: Xml) => Object.fromEntries(Object.entries(node).filter(([key]) => key.startsWith('@_')));
    expect(attributes(envelope)).toEqual(attributes(recorded));
    const result = at(envelope, 'soapenv:Body', 'convertLeadResponse', 'result');
    expect(result).toMatchObject({ leadId: lead.Id, success: 'true', opportunityId: { '@_xsi:nil': 'true' } });
    expect(result).not.toHaveProperty('errors');
    expect(at(envelope, 'soapenv:Header', 'LimitInfoHeader', 'limitInfo')).toEqual({ current: '1', limit: '15000', type: 'API REQUESTS' });
    expect(org.usage.served).toBe(1);
  });

  it('answers an unknown session with the INVALID_SESSION_ID fault Salesforce sends, uncounted', async () => {
    const org = getOrg();
    const { status, xml } = await post(org, soapBody('00D5g000004ZmKt!AQnot-a-session', convertCall('00Q5g0000000001AAA')));

    expect(status).toBe(500);
    const ours = at(xml, 'soapenv:Envelope', 'soapenv:Body', 'soapenv:Fault');
    const recorded = at(fixture('soap-fault-INVALID_SESSION_ID-logout-enterprise-jjargot-dashboard.xml'), 'soapenv:Envelope', 'soapenv:Body', 'soapenv:Fault');
    expect(Object.keys(ours)).toEqual(Object.keys(recorded));
    expect(ours.faultcode).toBe(recorded.faultcode);
    expect(String(ours.faultstring)).toMatch(/^INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session\. Session not found, missing session hash: \S+=\nThis error usually occurs after a session expires or a user logs out\.$/);
    expect(Object.keys(at(ours, 'detail', 'sf:UnexpectedErrorFault'))).toEqual(Object.keys(at(recorded, 'detail', 'sf:UnexpectedErrorFault')));
    expect(org.usage.served).toBe(0);
  });

  it.each<[string, Partial<FaultSettings>, number, string]>([
    ['an expired session', { expiredSession: true }, 500, 'sf:INVALID_SESSION_ID'],
    ['an exhausted API limit', { apiLimitExhausted: true }, 500, 'sf:REQUEST_LIMIT_EXCEEDED'],
    ['a disabled API', { apiDisabled: true }, 500, 'sf:API_DISABLED_FOR_ORG'],
    ['a server error', { serverError: true }, 503, 'sf:SERVER_UNAVAILABLE'],
  ])('answers %s with a fault and does not count the call', async (_case, faults, status, code) => {
    const org = getOrg();
    Object.assign(org.faults, faults);
    const conn = new Connection({ instanceUrl: org.instanceUrl, accessToken: TEST_TOKEN, version: '62.0' });
    await expect(conn.soap.convertLead({ leadId: '00Q5g0000000001AAA', convertedStatus: 'Closed - Converted' }))
      .rejects.toMatchObject({ errorCode: code });
    const { status: httpStatus } = await post(org, soapBody(TEST_TOKEN, convertCall('00Q5g0000000001AAA')));
    expect(httpStatus).toBe(status);
    expect(org.usage.served).toBe(0);
  });

  it('waits the configured latency before answering', async () => {
    const org = getOrg();
    org.faults.latencyMs = 120;
    const started = performance.now();
    await post(org, soapBody(TEST_TOKEN, convertCall('00Q5g0000000001AAA')));
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('answers an operation it does not implement with a client fault', async () => {
    const org = getOrg();
    const conn = new Connection({ instanceUrl: org.instanceUrl, accessToken: TEST_TOKEN, version: '62.0' });
    await expect(conn.soap.getServerTimestamp()).rejects.toMatchObject({
      errorCode: 'soapenv:Client',
      message: 'No operation available for request {urn:partner.soap.sforce.com}getServerTimestamp, please check the WSDL for the service.',
    });
  });

  it('answers malformed XML and unserved API versions with faults', async () => {
    const org = getOrg();
    const broken = await post(org, '<soapenv:Envelope><soapenv:Body>');
    expect(broken.status).toBe(500);
    expect(at(broken.xml, 'soapenv:Envelope', 'soapenv:Body', 'soapenv:Fault').faultcode).toBe('soapenv:Client');
    const old = await post(org, soapBody(TEST_TOKEN, convertCall('00Q5g0000000001AAA')), '20.0');
    expect(at(old.xml, 'soapenv:Envelope', 'soapenv:Body', 'soapenv:Fault').faultcode).toBe('sf:UNSUPPORTED_API_VERSION');
  });

  it('lets jsforce refresh an expired session through the token endpoint and retry', async () => {
    const org = getOrg();
    const refreshToken = org.auth.issueRefreshToken('front-sidebar', org.userId);
    const lead = org.insertTrusted('Lead', { LastName: 'Okafor', Company: 'Okafor Ltd', IsConverted: false });
    org.auth.expireAccessTokens();
    const conn = new Connection({
      oauth2: { clientId: 'front-sidebar', loginUrl: org.instanceUrl, redirectUri: 'https://app.example/callback' },
      instanceUrl: org.instanceUrl, accessToken: TEST_TOKEN, refreshToken, version: '62.0',
    });
    const refreshed: string[] = [];
    conn.on('refresh', (accessToken: string) => refreshed.push(accessToken));

    const result = await conn.soap.convertLead({ leadId: lead.Id, convertedStatus: 'Closed - Converted', doNotCreateOpportunity: true });

    expect(result.success).toBe(true);
    expect(refreshed).toHaveLength(1);
    expect(org.auth.userForAccessToken(refreshed[0] ?? '')).toBe(org.userId);
    expect(org.auth.refreshTokenOwner(refreshToken)).toBeUndefined();
  });
});
