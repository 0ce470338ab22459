import { describe, expect, it } from 'vitest';
import {
  c,
  compositeCreate,
  compositeQuery,
  compositeRef,
  compositeRetrieve,
  compositeUpdate,
  createSalesforceClient,
  MAX_COMPOSITE_QUERIES,
  soql,
} from '../../src/salesforce';
import { withFakeOrg } from '../support/fake-org';
import { connectTo } from './support';

const fakeOrg = withFakeOrg();

describe('composite', () => {
  it('runs dependent subrequests in one API call, passing ids through references', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connectTo(fakeOrg()));

    const [account, contact, contacts, retrieved] = await client.composite([
      compositeCreate('NewAccount', 'Account', { Name: 'Composite Works' }),
      compositeCreate('NewContact', 'Contact', { LastName: 'Ref', AccountId: compositeRef('NewAccount', 'id') }),
      compositeQuery('AccountContacts', soql.select(['Id', 'LastName']).from('Contact').where(c.eq('AccountId', compositeRef('NewAccount', 'id')))),
      compositeRetrieve('Reread', 'Contact', compositeRef('NewContact', 'id'), ['AccountId']),
    ]);

    expect(org.usage.served).toBe(1);
    if (!account.ok || !contact.ok || !contacts.ok || !retrieved.ok) throw new Error('a subrequest failed');
    const accountId = account.body.id ?? '';
    expect(org.records.get(accountId)).toMatchObject({ Name: 'Composite Works' });
    expect(org.records.get(contact.body.id ?? '')).toMatchObject({ LastName: 'Ref', AccountId: accountId });
    expect(contacts.body.records.map((r) => r.Id)).toEqual([contact.body.id]);
    expect(retrieved.body.AccountId).toBe(accountId);
  });

  it('reports each failed subrequest as a typed error next to the ones that worked', async () => {
    const { org } = fakeOrg();
    const existing = org.insertTrusted('Contact', { LastName: 'Kept' });
    const client = createSalesforceClient(connectTo(fakeOrg()));

    const [update, create] = await client.composite([
      compositeUpdate('Rename', 'Contact', existing.Id, { Title: 'Renamed' }),
      compositeCreate('Broken', 'Account_Service_Request__c', { Name: 'No priority' }),
    ]);

    expect(update).toMatchObject({ ok: true, status: 204 });
    expect(create).toMatchObject({ ok: false, status: 400, error: { code: 'REQUIRED_FIELD_MISSING', fields: ['Priority__c'] } });
    expect(org.records.get(existing.Id)?.Title).toBe('Renamed');
  });

  it('rolls everything back with allOrNone', async () => {
    const { org } = fakeOrg();
    const before = org.records.all('Account').length;
    const client = createSalesforceClient(connectTo(fakeOrg()));

    const [account, broken] = await client.composite(
      [compositeCreate('NewAccount', 'Account', { Name: 'Rolled Back' }), compositeCreate('Broken', 'Contact', { FirstName: 'No last name' })],
      { allOrNone: true },
    );

    expect(account).toMatchObject({ ok: false, error: { code: 'PROCESSING_HALTED' } });
    expect(broken).toMatchObject({ ok: false, error: { code: 'REQUIRED_FIELD_MISSING' } });
    expect(org.records.all('Account')).toHaveLength(before);
  });

  it('refuses, before sending, more than 25 subrequests or more than 5 queries', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const query = (i: number) => compositeQuery(`Q${i}`, soql.select(['Id']).from('Contact').limit(1));
    const read = (i: number) => compositeRetrieve(`R${i}`, 'User', org.userId);

    await expect(client.composite(Array.from({ length: MAX_COMPOSITE_QUERIES + 1 }, (_, i) => query(i)))).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
    await expect(client.composite(Array.from({ length: 26 }, (_, i) => read(i)))).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(org.usage.served).toBe(0);

    const atLimit = await client.composite([...Array.from({ length: 5 }, (_, i) => query(i)), ...Array.from({ length: 20 }, (_, i) => read(i))]);
    expect(atLimit).toHaveLength(25);
    expect(atLimit.every((result) => result.ok)).toBe(true);
  });

  it('refuses a reference to a subrequest that does not run earlier', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connectTo(fakeOrg()));
    await expect(
      client.composite([
        compositeCreate('NewContact', 'Contact', { LastName: 'Early', AccountId: compositeRef('NewAccount', 'id') }),
        compositeCreate('NewAccount', 'Account', { Name: 'Late' }),
      ]),
    ).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(org.usage.served).toBe(0);
  });
});
