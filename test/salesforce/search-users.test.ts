import { describe, expect, it } from 'vitest';
import { createSalesforceClient, searchActiveUsers } from '../../src/salesforce';
import { withFakeOrg } from '../support/fake-org';
import { connectTo } from './support';

const fakeOrg = withFakeOrg();

describe('searchActiveUsers', () => {
  it('finds active users whose name starts with the term, by name, with their title', async () => {
    const { org } = fakeOrg();
    org.insertTrusted('User', { FirstName: 'Nora', LastName: 'Gone', Name: 'Nora Gone', Title: 'Former AE', IsActive: false });
    const noam = org.insertTrusted('User', { FirstName: 'Noam', LastName: 'Shah', Name: 'Noam Shah', IsActive: true });
    const noah = org.records.all('User').find((record) => record.Name === 'Noah Fischer');
    const client = createSalesforceClient(connectTo(fakeOrg()));

    const users = await searchActiveUsers(client, 'No');

    expect(users).toEqual([
      { id: noah?.Id, name: 'Noah Fischer', title: 'Support Lead' },
      { id: noam.Id, name: 'Noam Shah' },
    ]);
  });

  it('treats the term as text, not as a pattern', async () => {
    const client = createSalesforceClient(connectTo(fakeOrg()));

    expect(await searchActiveUsers(client, '%')).toEqual([]);
  });
});
