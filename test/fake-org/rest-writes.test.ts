import { describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../src/fake-org/seed';
import { withFakeOrg } from '../support/fake-org';
import { readFixture, shapeOf } from '../support/fixtures';
import { rest } from '../support/rest';

const fakeOrg = withFakeOrg();

const accountId = () => fakeOrg().org.records.all('Account')[0]!.Id;

describe('fake org REST writes enforce what Salesforce enforces', () => {
  it('creates a record, answers the real save result, and stores it with system fields', async () => {
    const harness = fakeOrg();
    const { status, body } = await rest(harness, 'POST', '/sobjects/Contact', {
      body: { FirstName: 'Ada', LastName: 'Lovelace', Email: 'ada@analytical.example', AccountId: accountId() },
    });
    expect(status).toBe(201);
    const { id } = body as { id: string };
    expect(body).toEqual({ id, success: true, errors: [] });
    expect(id).toMatch(/^003[A-Za-z0-9]{15}$/);
    expect(harness.org.records.get(id)).toMatchObject({
      Name: 'Ada Lovelace',
      Email: 'ada@analytical.example',
      OwnerId: harness.org.userId,
      CreatedDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/) as unknown,
    });
  });

  it('numbers Cases like Salesforce: every seeded and new Case gets the next CaseNumber', async () => {
    const harness = fakeOrg();
    const seeded = harness.org.records.all('Case').map((row) => String(row.CaseNumber));
    expect(seeded.every((number) => /^\d{8}$/.test(number))).toBe(true);
    expect(new Set(seeded).size).toBe(seeded.length);
    const { body } = await rest(harness, 'POST', '/sobjects/Case', { body: { Subject: 'Printer on fire', Status: 'New', Origin: 'Email' } });
    const created = harness.org.records.get((body as { id: string }).id);
    expect(Number(created?.CaseNumber)).toBe(Math.max(...seeded.map(Number)) + 1);
  });

  it('reports missing required fields with the recorded REQUIRED_FIELD_MISSING body and stores nothing', async () => {
    const harness = fakeOrg();
    const before = harness.org.records.all('Contact').length;
    const { status, body } = await rest(harness, 'POST', '/sobjects/Contact', { body: { FirstName: 'Nameless' } });
    expect(status).toBe(400);
    expect(body).toEqual(readFixture('error-REQUIRED_FIELD_MISSING-400-v21-sf-api-connector.json'));
    expect(harness.org.records.all('Contact')).toHaveLength(before);
  });

  it('enforces the required field of a custom object', async () => {
    const { body } = await rest(fakeOrg(), 'POST', '/sobjects/Account_Service_Request__c', {
      body: { Name: 'Broken laptop', Account__c: accountId() },
    });
    expect(body).toEqual([{ message: 'Required fields are missing: [Priority__c]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Priority__c'] }]);
  });

  it('refuses unknown fields (recorded INVALID_FIELD shape) and fields that are not createable', async () => {
    const unknown = await rest(fakeOrg(), 'POST', '/sobjects/Contact', { body: { LastName: 'X', Foo__c: 1 } });
    expect(unknown.status).toBe(400);
    expect(shapeOf(unknown.body)).toEqual(shapeOf(readFixture('error-INVALID_FIELD-write-restforce.json')));
    expect(unknown.body).toEqual([{ message: "No such column 'Foo__c' on sobject of type Contact", errorCode: 'INVALID_FIELD' }]);

    const readOnly = await rest(fakeOrg(), 'POST', '/sobjects/Contact', { body: { LastName: 'X', Name: 'Not allowed' } });
    expect(readOnly.body).toMatchObject([{ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['Name'] }]);
  });

  it('refuses a value outside a restricted picklist', async () => {
    const { body } = await rest(fakeOrg(), 'POST', '/sobjects/Account_Service_Request__c', {
      body: { Name: 'X', Account__c: accountId(), Priority__c: 'Urgent' },
    });
    expect(body).toEqual([
      { message: 'Priority: bad value for restricted picklist field: Urgent', errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Priority__c'] },
    ]);
  });

  it('refuses a dependent picklist value its controlling value does not allow, on create and update', async () => {
    const harness = fakeOrg();
    const base = { Name: 'Screen flicker', Account__c: accountId(), Priority__c: 'High' };
    const mismatch = await rest(harness, 'POST', '/sobjects/Account_Service_Request__c', {
      body: { ...base, Category__c: 'Hardware', Subcategory__c: 'Refund' },
    });
    expect(mismatch.body).toEqual([
      { message: 'Subcategory: bad value for restricted picklist field: Refund', errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Subcategory__c'] },
    ]);
    const created = await rest(harness, 'POST', '/sobjects/Account_Service_Request__c', {
      body: { ...base, Category__c: 'Hardware', Subcategory__c: 'Monitor' },
    });
    const { id } = created.body as { id: string };
    const recategorised = await rest(harness, 'PATCH', `/sobjects/Account_Service_Request__c/${id}`, { body: { Category__c: 'Billing' } });
    expect(recategorised.body).toMatchObject([{ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Subcategory__c'] }]);
    expect(harness.org.records.get(id)).toMatchObject({ Category__c: 'Hardware', Subcategory__c: 'Monitor' });
  });

  it('runs the org validation rule with FIELD_CUSTOM_VALIDATION_EXCEPTION on the offending field', async () => {
    const { status, body } = await rest(fakeOrg(), 'POST', '/sobjects/Opportunity', {
      body: { Name: 'Refund', StageName: 'Prospecting', CloseDate: '2026-12-31', Amount: -5 },
    });
    expect(status).toBe(400);
    expect(body).toEqual([{ message: 'Amount cannot be negative.', errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['Amount'] }]);
    const [recorded] = readFixture<Array<Record<string, unknown>>>('error-FIELD_CUSTOM_VALIDATION_EXCEPTION-400-v21-sf-api-connector.json');
    expect(Object.keys((body as Array<Record<string, unknown>>)[0]!).sort()).toEqual(Object.keys(recorded!).sort());
  });

  it('blocks a duplicate Contact email with DUPLICATES_DETECTED naming the existing record, unless allowSave is sent', async () => {
    const harness = fakeOrg();
    const existing = harness.org.records.all('Contact').find((c) => c.Email === SEED_PEOPLE.rich.email)!;
    const blocked = await rest(harness, 'POST', '/sobjects/Contact', { body: { LastName: 'Chen', Email: SEED_PEOPLE.rich.email.toUpperCase() } });
    expect(blocked.status).toBe(400);
    const [error] = blocked.body as Array<{ errorCode: string; duplicateResult: { matchResults: Array<{ matchRecords: Array<{ record: { Id: string } }> }> } }>;
    expect(error?.errorCode).toBe('DUPLICATES_DETECTED');
    expect(error?.duplicateResult.matchResults[0]?.matchRecords.map((m) => m.record.Id)).toEqual([existing.Id]);

    const allowed = await rest(harness, 'POST', '/sobjects/Contact', {
      body: { LastName: 'Chen', Email: SEED_PEOPLE.rich.email },
      headers: { 'Sforce-Duplicate-Rule-Header': 'allowSave=true' },
    });
    expect(allowed.status).toBe(201);
  });

  it('updates only when unmodified since the given time: a stale save gets 412 and changes nothing', async () => {
    const harness = fakeOrg();
    const contact = harness.org.records.all('Contact')[0]!;
    const loadedAt = new Date(harness.org.now().getTime());
    harness.org.advanceClock(5_000);
    expect((await rest(harness, 'PATCH', `/sobjects/Contact/${contact.Id}`, { body: { Title: 'Teammate edit' } })).status).toBe(204);

    const stale = await rest(harness, 'PATCH', `/sobjects/Contact/${contact.Id}`, {
      body: { Title: 'My edit' },
      headers: { 'If-Unmodified-Since': loadedAt.toUTCString() },
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject([{ errorCode: 'PRECONDITION_FAILED' }]);
    expect(harness.org.records.get(contact.Id)?.Title).toBe('Teammate edit');

    const fresh = await rest(harness, 'PATCH', `/sobjects/Contact/${contact.Id}`, {
      body: { Title: 'My edit' },
      headers: { 'If-Unmodified-Since': harness.org.now().toUTCString() },
    });
    expect(fresh.status).toBe(204);
    expect(harness.org.records.get(contact.Id)?.Title).toBe('My edit');
  });

  it('keeps derived fields in step: closing an Opportunity sets IsClosed and IsWon', async () => {
    const harness = fakeOrg();
    const open = harness.org.records.all('Opportunity').find((o) => o.IsClosed === false)!;
    await rest(harness, 'PATCH', `/sobjects/Opportunity/${open.Id}`, { body: { StageName: 'Closed Won' } });
    expect(harness.org.records.get(open.Id)).toMatchObject({ IsClosed: true, IsWon: true, Probability: 100 });
  });

  it('answers deleted and missing records with the recorded bodies', async () => {
    const harness = fakeOrg();
    const contact = harness.org.records.all('Contact')[0]!;
    expect((await rest(harness, 'DELETE', `/sobjects/Contact/${contact.Id}`)).status).toBe(204);
    const deleted = await rest(harness, 'GET', `/sobjects/Contact/${contact.Id}`);
    expect(deleted.status).toBe(404);
    expect(deleted.body).toEqual(readFixture('error-ENTITY_IS_DELETED-404-restforce-db.json'));
    const missing = await rest(harness, 'GET', '/sobjects/Contact/0035g000000ZZZZAAA');
    expect(missing.body).toEqual(readFixture('error-NOT_FOUND-retrieve-404-v21-sf-api-connector.json'));
  });

  it('retrieves the requested fields in the recorded record shape', async () => {
    const harness = fakeOrg();
    const account = harness.org.records.all('Account')[0]!;
    const { body } = await rest(harness, 'GET', `/sobjects/Account/${account.Id}?fields=Id,Name,Website`);
    expect(body).toEqual({
      attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${account.Id}` },
      Id: account.Id,
      Name: account.Name,
      Website: account.Website,
    });
  });

  it('refuses writes to an object the user may only read', async () => {
    const harness = fakeOrg();
    harness.org.faults.readOnlyObjects = ['Account'];
    const { status, body } = await rest(harness, 'PATCH', `/sobjects/Account/${accountId()}`, { body: { Name: 'Renamed' } });
    expect(status).toBe(400);
    expect(body).toMatchObject([{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' }]);
  });

  it('logs an email as an EmailMessage, its junction ID lists becoming EmailMessageRelation rows', async () => {
    const harness = fakeOrg();
    const contact = harness.org.records.all('Contact')[0]!;
    const { status, body } = await rest(harness, 'POST', '/sobjects/EmailMessage', {
      body: { Subject: 'Hello', TextBody: 'Hi', Status: '3', ToIds: [contact.Id], RelatedToId: accountId(), MessageIdentifier: '<msg-1@front>' },
    });
    expect(status).toBe(201);
    const id = (body as { id: string }).id;
    expect(harness.org.records.get(id)).toMatchObject({ MessageIdentifier: '<msg-1@front>' });
    // Salesforce keeps recipients as EmailMessageRelation rows, one per person and list.
    expect(harness.org.records.all('EmailMessageRelation')).toEqual([
      expect.objectContaining({ EmailMessageId: id, RelationId: contact.Id, RelationType: 'ToAddress' }),
    ]);
    const bad = await rest(harness, 'POST', '/sobjects/EmailMessage', { body: { Subject: 'x', Status: '3', ToIds: [accountId()] } });
    expect(bad.body).toMatchObject([{ errorCode: 'INVALID_CROSS_REFERENCE_KEY', fields: ['ToIds'] }]);
  });
});
