import { describe, expect, it } from 'vitest';
import { createSalesforceClient } from '../../src/salesforce';
import { withFakeOrg } from '../support/fake-org';
import { connectTo } from './support';

const fakeOrg = withFakeOrg();

function seedLead() {
  return fakeOrg().org.insertTrusted('Lead', {
    FirstName: 'Grace',
    LastName: 'Okafor',
    Company: 'Okafor Solar Ltd',
    Email: 'grace@okafor-solar.example',
    Status: 'Working - Contacted',
  });
}

describe('convertLead', () => {
  it('converts a Lead into a new Contact, Account and Opportunity', async () => {
    const { org } = fakeOrg();
    const lead = seedLead();
    const client = createSalesforceClient(connectTo(fakeOrg()));

    const result = await client.convertLead({ leadId: lead.Id, convertedStatus: 'Closed - Converted', opportunityName: 'Okafor rooftop' });

    expect(result.leadId).toBe(lead.Id);
    expect(org.records.get(lead.Id)).toMatchObject({ IsConverted: true, ConvertedContactId: result.contactId, ConvertedAccountId: result.accountId });
    expect(org.records.get(result.contactId)).toMatchObject({ LastName: 'Okafor', Email: 'grace@okafor-solar.example', AccountId: result.accountId });
    expect(org.records.get(result.accountId)).toMatchObject({ Name: 'Okafor Solar Ltd' });
    expect(result.opportunityId).not.toBeNull();
    expect(org.records.get(result.opportunityId ?? '')).toMatchObject({ Name: 'Okafor rooftop', AccountId: result.accountId });
  });

  it('merges into an existing Account and creates no Opportunity by default', async () => {
    const { org } = fakeOrg();
    const lead = seedLead();
    const account = org.insertTrusted('Account', { Name: 'Existing Solar Group' });
    const opportunitiesBefore = org.records.all('Opportunity').length;
    const client = createSalesforceClient(connectTo(fakeOrg()));

    const result = await client.convertLead({ leadId: lead.Id, convertedStatus: 'Closed - Converted', accountId: account.Id });

    expect(result).toMatchObject({ accountId: account.Id, opportunityId: null });
    expect(org.records.get(result.contactId)?.AccountId).toBe(account.Id);
    expect(org.records.all('Opportunity')).toHaveLength(opportunitiesBefore);
  });

  it('maps a per-lead failure (a status that does not convert) to a typed error and converts nothing', async () => {
    const { org } = fakeOrg();
    const lead = seedLead();
    const client = createSalesforceClient(connectTo(fakeOrg()));

    await expect(client.convertLead({ leadId: lead.Id, convertedStatus: 'Working - Contacted' })).rejects.toMatchObject({
      code: 'INVALID_VALUE',
      serverCode: 'INVALID_STATUS',
    });
    expect(org.records.get(lead.Id)?.IsConverted).not.toBe(true);
  });

  it('maps a SOAP fault (API limit reached) like the REST one', async () => {
    const { org } = fakeOrg();
    const lead = seedLead();
    org.faults.apiLimitExhausted = true;
    const client = createSalesforceClient(connectTo(fakeOrg()));
    await expect(client.convertLead({ leadId: lead.Id, convertedStatus: 'Closed - Converted' })).rejects.toMatchObject({
      code: 'REQUEST_LIMIT_EXCEEDED',
    });
  });
});
