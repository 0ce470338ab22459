import { describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../src/fake-org/seed';
import { withFakeOrg } from '../support/fake-org';
import { readFixture, shapeOf } from '../support/fixtures';
import { rest } from '../support/rest';

const fakeOrg = withFakeOrg();
const WIDGET = '/sobjects/acme__Widget__c';

describe('fake org REST: records by external id', () => {
  it('reads a record through an External ID or idLookup field exactly as by its Id', async () => {
    const harness = fakeOrg();
    const widget = harness.org.records.all('acme__Widget__c').find((w) => w.acme__Serial__c === 'WX-0002')!;
    const bySerial = await rest(harness, 'GET', `${WIDGET}/acme__Serial__c/wx-0002`);
    expect(bySerial.status).toBe(200);
    expect(bySerial.body).toEqual((await rest(harness, 'GET', `${WIDGET}/${widget.Id}`)).body);

    const email = encodeURIComponent(SEED_PEOPLE.rich.email);
    const byEmail = await rest(harness, 'GET', `/sobjects/Contact/Email/${email}?fields=Name`);
    expect(byEmail.body).toMatchObject({ Name: `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}` });
  });

  it('answers NOT_FOUND for an unknown value and for a field that cannot identify records', async () => {
    const harness = fakeOrg();
    const unknown = await rest(harness, 'GET', `${WIDGET}/acme__Serial__c/WX-9999`);
    expect(unknown).toMatchObject({ status: 404, body: readFixture('error-NOT_FOUND-retrieve-404-v21-sf-api-connector.json') });

    const notExternal = await rest(harness, 'GET', '/sobjects/Contact/Title/CEO');
    expect(notExternal.status).toBe(404);
    expect(shapeOf(notExternal.body)).toEqual(shapeOf(readFixture('error-NOT_FOUND-externalid-restforce.json')));
    expect(notExternal.body).toEqual([{ message: 'Provided external ID field does not exist or is not accessible: Title', errorCode: 'NOT_FOUND' }]);
    expect((await rest(harness, 'PATCH', '/sobjects/Contact/Title/CEO', { body: { LastName: 'X' } })).status).toBe(404);
    const noSuchField = await rest(harness, 'GET', '/sobjects/Contact/Badge__c/7');
    expect(noSuchField.body).toEqual([{ message: 'Provided external ID field does not exist or is not accessible: Badge__c', errorCode: 'NOT_FOUND' }]);
  });

  it('upserts: 201 with created true for a new value, 200 with created false for a known one', async () => {
    const harness = fakeOrg();
    const created = await rest(harness, 'PATCH', `${WIDGET}/acme__Serial__c/WX-0100`, { body: { Name: 'Widget Delta' } });
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    expect(created.body).toEqual({ id, success: true, errors: [], created: true });
    expect(harness.org.records.get(id)).toMatchObject({ Name: 'Widget Delta', acme__Serial__c: 'WX-0100' });

    const updated = await rest(harness, 'PATCH', `${WIDGET}/acme__Serial__c/WX-0100`, { body: { Name: 'Widget Delta II' } });
    expect(updated).toMatchObject({ status: 200, body: { id, success: true, errors: [], created: false } });
    expect(harness.org.records.get(id)?.Name).toBe('Widget Delta II');
    expect(harness.org.records.all('acme__Widget__c').filter((w) => w.acme__Serial__c === 'WX-0100')).toHaveLength(1);
  });

  it('answers 300 with the matching records when the value is not unique, and writes nothing', async () => {
    const harness = fakeOrg();
    const [first, second] = harness.org.records.all('Lead');
    harness.org.updateTrusted(second!.Id, { Email: first!.Email });
    const path = `/sobjects/Lead/Email/${encodeURIComponent(String(first!.Email))}`;
    const urls = [first!.Id, second!.Id].map((leadId) => `/services/data/v62.0/sobjects/Lead/${leadId}`);
    expect(await rest(harness, 'GET', path)).toMatchObject({ status: 300, body: urls });
    expect(await rest(harness, 'PATCH', path, { body: { Title: 'Ambiguous' } })).toMatchObject({ status: 300, body: urls });
    expect([harness.org.records.get(first!.Id)?.Title, harness.org.records.get(second!.Id)?.Title]).not.toContain('Ambiguous');
  });

  it('runs the create and update checks on an upsert', async () => {
    const harness = fakeOrg();
    const missing = await rest(harness, 'PATCH', '/sobjects/Contact/Email/new%40example.com', { body: { FirstName: 'No' } });
    expect(missing).toMatchObject({ status: 400, body: [{ errorCode: 'REQUIRED_FIELD_MISSING' }] });
    const notAnObject = await rest(harness, 'PATCH', `${WIDGET}/acme__Serial__c/WX-0200`, { body: ['x'] });
    expect(notAnObject).toMatchObject({ status: 400, body: [{ errorCode: 'JSON_PARSER_ERROR' }] });
  });
});
