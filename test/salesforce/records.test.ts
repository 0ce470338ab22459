import { describe, expect, it } from 'vitest';
import { ConflictError, createSalesforceClient, DuplicatesError, SalesforceError } from '../../src/salesforce';
import { formatDatetime } from '../../src/fake-org/store/system-fields';
import { withFakeOrg } from '../support/fake-org';
import { connectTo } from './support';

const fakeOrg = withFakeOrg();

function client() {
  return createSalesforceClient(connectTo(fakeOrg()));
}

describe('retrieve', () => {
  it('returns the requested fields of one record', async () => {
    const { org } = fakeOrg();
    const contact = org.insertTrusted('Contact', { FirstName: 'Zoë', LastName: 'Müller', Email: 'zoe@retrieve.example' });
    const record = await client().retrieve('Contact', contact.Id, { fields: ['Name', 'Email'] });
    expect(record).toMatchObject({ attributes: { type: 'Contact' }, Name: 'Zoë Müller', Email: 'zoe@retrieve.example' });
  });

  it('reports a deleted record as ENTITY_IS_DELETED', async () => {
    const { org } = fakeOrg();
    const contact = org.insertTrusted('Contact', { LastName: 'Gone' });
    org.records.delete(contact.Id);
    const failure = await client().retrieve('Contact', contact.Id).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SalesforceError);
    expect(failure).toMatchObject({ code: 'ENTITY_IS_DELETED', status: 404, action: 'Refresh the panel' });
  });

  it('rejects an id that is not a Salesforce id before sending anything', async () => {
    const { org } = fakeOrg();
    await expect(client().retrieve('Contact', '003/../../limits')).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(org.usage.served).toBe(0);
  });
});

describe('create', () => {
  it('creates the record in the org and returns its id', async () => {
    const { org } = fakeOrg();
    const { id } = await client().create('Support_Plan__c', {
      Name: 'Gold plan',
      Contact__c: org.insertTrusted('Contact', { LastName: 'Planholder' }).Id,
      Tier__c: 'Gold',
      Seats__c: 12,
    });
    expect(id.startsWith('a02')).toBe(true);
    expect(org.records.get(id)).toMatchObject({ Name: 'Gold plan', Tier__c: 'Gold', Seats__c: 12 });
  });

  it('maps REQUIRED_FIELD_MISSING with the missing fields and creates nothing', async () => {
    const { org } = fakeOrg();
    const before = org.records.all('Account_Service_Request__c').length;
    const failure = await client()
      .create('Account_Service_Request__c', { Name: 'No priority', Category__c: 'Hardware' })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'REQUIRED_FIELD_MISSING',
      fields: ['Priority__c'],
      status: 400,
      userMessage: 'Some required fields are empty.',
      action: 'Fill in the required fields',
    });
    expect(org.records.all('Account_Service_Request__c')).toHaveLength(before);
  });

  it('shows the admin-written validation rule message as the user message', async () => {
    const { org } = fakeOrg();
    const account = org.insertTrusted('Account', { Name: 'Validation Co' });
    const failure = await client()
      .create('Opportunity', { Name: 'Negative', StageName: 'Prospecting', CloseDate: '2026-12-31', Amount: -5, AccountId: account.Id })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      userMessage: 'Amount cannot be negative.',
      fields: ['Amount'],
    });
  });

  it('maps an unknown field to INVALID_FIELD', async () => {
    await expect(client().create('Contact', { LastName: 'X', Shoe_Size__c: 44 })).rejects.toMatchObject({ code: 'INVALID_FIELD' });
  });

  it('maps DUPLICATES_DETECTED with the matching records, and saves when told to allow duplicates', async () => {
    const { org } = fakeOrg();
    const existing = org.insertTrusted('Contact', { LastName: 'Original', Email: 'dup@records.example' });
    const values = { LastName: 'Copy', Email: 'DUP@records.example' };

    const failure = await client().create('Contact', values).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DuplicatesError);
    expect(failure).toMatchObject({ code: 'DUPLICATES_DETECTED', allowSave: true, matches: [{ id: existing.Id, sobject: 'Contact' }] });
    expect(org.records.all('Contact').filter((c) => c.LastName === 'Copy')).toHaveLength(0);

    const { id } = await client().create('Contact', values, { allowDuplicates: true });
    expect(org.records.get(id)).toMatchObject({ LastName: 'Copy' });
  });

  it('maps INSUFFICIENT_ACCESS_OR_READONLY for an object the user may not edit, naming the object', async () => {
    const { org } = fakeOrg();
    org.faults.readOnlyObjects = ['Case', 'Support_Plan__c'];
    await expect(client().create('Case', { Subject: 'Nope', Status: 'New', Origin: 'Email' })).rejects.toMatchObject({
      code: 'INSUFFICIENT_ACCESS_OR_READONLY',
      userMessage: "You don't have permission to create Case records in Salesforce.",
      action: 'Ask your Salesforce admin for access',
    });
    const plan = org.records.all('Support_Plan__c')[0];
    await expect(client().update('Support_Plan__c', String(plan?.Id), { Seats__c: 3 })).rejects.toMatchObject({
      userMessage: "You don't have permission to edit Support Plan records in Salesforce.",
    });
    expect(org.records.get(String(plan?.Id))?.Seats__c).toBe(plan?.Seats__c);
  });
});

describe('update', () => {
  it('writes the fields, guarded by the LastModifiedDate the user loaded', async () => {
    const { org } = fakeOrg();
    const contact = org.insertTrusted('Contact', { LastName: 'Lovelace', Title: 'Analyst' });
    await client().update('Contact', contact.Id, { Title: 'Countess' }, { lastModifiedDate: String(contact.LastModifiedDate) });
    expect(org.records.get(contact.Id)?.Title).toBe('Countess');
  });

  it('turns a 412 into a ConflictError with the values someone else saved, and leaves them in place', async () => {
    const { org } = fakeOrg();
    const anHourAgo = formatDatetime(new Date(Date.now() - 3_600_000));
    const loaded = { ...org.insertTrusted('Contact', { LastName: 'Hopper', Title: 'Rear Admiral', LastModifiedDate: anHourAgo }) };
    const theirs = org.updateTrusted(loaded.Id, { Title: 'Commodore' });

    const failure = await client()
      .update('Contact', loaded.Id, { Title: 'Admiral' }, { lastModifiedDate: String(loaded.LastModifiedDate) })
      .catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ConflictError);
    const conflict = failure as ConflictError;
    expect(conflict).toMatchObject({ code: 'CONFLICT', status: 412, fields: ['Title'] });
    expect(conflict.serverValues).toMatchObject({ Id: loaded.Id, Title: 'Commodore', LastModifiedDate: theirs?.LastModifiedDate });
    expect(org.records.get(loaded.Id)?.Title).toBe('Commodore');
  });

  it('saves without a precondition when no LastModifiedDate is given', async () => {
    const { org } = fakeOrg();
    const contact = org.insertTrusted('Contact', { LastName: 'Plain' });
    await client().update('Contact', contact.Id, { Phone: '+44 20 7946 0958' });
    expect(org.records.get(contact.Id)?.Phone).toBe('+44 20 7946 0958');
  });

  it('maps an update of a deleted record to ENTITY_IS_DELETED', async () => {
    const { org } = fakeOrg();
    const contact = org.insertTrusted('Contact', { LastName: 'Deleted' });
    org.records.delete(contact.Id);
    await expect(client().update('Contact', contact.Id, { Title: 'x' })).rejects.toMatchObject({ code: 'ENTITY_IS_DELETED' });
  });
});
