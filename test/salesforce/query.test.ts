import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { c, childRecords, createSalesforceClient, likePattern, parentRecord, soql } from '../../src/salesforce';
import { withFakeOrg } from '../support/fake-org';
import { connectTo } from './support';

const fakeOrg = withFakeOrg();

function seedAccounts(count: number): string[] {
  const { org } = fakeOrg();
  return Array.from({ length: count }, (_, i) => org.insertTrusted('Account', { Name: `Paging Test ${String(i).padStart(2, '0')}` }).Id);
}

const pagingQuery = soql.select(['Id', 'Name']).from('Account').where(c.like('Name', likePattern.startsWith('Paging Test'))).orderBy('Name');

describe('query', () => {
  it('follows nextRecordsUrl until the last page', async () => {
    const { org } = fakeOrg();
    const ids = seedAccounts(7);
    org.queryBatchSize = 3;
    const client = createSalesforceClient(connectTo(fakeOrg()));

    const result = await client.query(pagingQuery);

    expect(result.records.map((r) => r.Id)).toEqual(ids);
    expect(result).toMatchObject({ totalSize: 7, complete: true });
    expect(org.usage.served).toBe(3);
  });

  it('stops at the page cap without fetching further pages', async () => {
    const { org } = fakeOrg();
    const ids = seedAccounts(10);
    org.queryBatchSize = 3;
    const client = createSalesforceClient(connectTo(fakeOrg()));

    const result = await client.query(pagingQuery, { maxRecords: 5 });

    expect(result.records.map((r) => r.Id)).toEqual(ids.slice(0, 5));
    expect(result).toMatchObject({ totalSize: 10, complete: false });
    // 3 + 3 records cover the cap; the remaining pages cost no API calls.
    expect(org.usage.served).toBe(2);
  });

  it('parses records with the caller schema, nested parents and child subqueries', async () => {
    const { org } = fakeOrg();
    const account = org.insertTrusted('Account', { Name: 'Nested Test Co' });
    const contact = org.insertTrusted('Contact', { FirstName: 'Ada', LastName: "O'Brien", Email: "ada.o'brien@nested.example", AccountId: account.Id });
    org.insertTrusted('Case', { ContactId: contact.Id, AccountId: account.Id, Subject: 'Printer on fire', Status: 'New', IsClosed: false, Priority: 'High', Origin: 'Email' });

    const client = createSalesforceClient(connectTo(fakeOrg()));
    const rowSchema = z.looseObject({
      attributes: z.looseObject({ type: z.literal('Contact') }),
      Id: z.string(),
      Email: z.string(),
      Account: z.looseObject({ attributes: z.looseObject({ type: z.string() }), Name: z.string() }).nullable(),
      Cases: z.unknown(),
    });
    const result = await client.query(
      soql
        .select(['Id', 'Email', 'Account.Name', soql.select(['Id', 'Subject']).from('Cases').where(c.eq('IsClosed', false))])
        .from('Contact')
        .where(c.eq('Email', "ada.o'brien@nested.example")),
      { recordSchema: rowSchema },
    );

    expect(result.records).toHaveLength(1);
    const [row] = result.records;
    expect(row?.Account?.Name).toBe('Nested Test Co');
    const generic = { ...row!, attributes: { type: 'Contact' } };
    expect(parentRecord(generic, 'Account')?.Name).toBe('Nested Test Co');
    expect(childRecords(generic, 'Cases').map((r) => r.Subject)).toEqual(['Printer on fire']);
  });

  it('returns the count of a COUNT() query', async () => {
    seedAccounts(4);
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const result = await client.query(soql.count().from('Account').where(c.like('Name', likePattern.startsWith('Paging Test'))));
    expect(result).toMatchObject({ totalSize: 4, records: [] });
  });

  it('rejects a response that does not match the caller schema', async () => {
    seedAccounts(1);
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const wrong = z.object({ attributes: z.object({ type: z.string() }), Id: z.number() });
    await expect(client.query(pagingQuery, { recordSchema: wrong })).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('maps an unknown field to INVALID_FIELD', async () => {
    const client = createSalesforceClient(connectTo(fakeOrg()));
    await expect(client.query(soql.select(['Id', 'Favourite_Colour__c']).from('Contact'))).rejects.toMatchObject({
      code: 'INVALID_FIELD',
      status: 400,
    });
  });
});
