import { describe, expect, it } from 'vitest';
import type { FakeOrg } from '../org';
import { Connection } from './test-support/jsforce-client';
import { OTHER_USER_ID, TEST_TOKEN } from './test-support/minimal-org';
import { serveMinimalOrg } from './test-support/msw-org';

const NOW = new Date('2026-02-10T12:00:00Z');
const getOrg = serveMinimalOrg(() => NOW);

function connect(org: FakeOrg): Connection {
  return new Connection({ instanceUrl: org.instanceUrl, accessToken: TEST_TOKEN, version: '62.0' });
}

function seedLead(org: FakeOrg, fields: Record<string, unknown> = {}) {
  return org.insertTrusted('Lead', {
    FirstName: 'Sam', LastName: 'Rivera', Company: 'Rivera Studio', Title: 'Creative Director',
    Email: 'sam@rivera.example', Phone: '(323) 555-0148', City: 'Los Angeles', Country: 'United States',
    LeadSource: 'Web', Status: 'Working - Contacted', IsConverted: false, OwnerId: OTHER_USER_ID, ...fields,
  });
}

describe('convertLead over SOAP', () => {
  it('creates the account, contact and opportunity and marks the lead converted', async () => {
    const org = getOrg();
    const lead = seedLead(org);
    const result = await connect(org).soap.convertLead({
      leadId: lead.Id, convertedStatus: 'Closed - Converted', opportunityName: 'Rivera Studio - Rebrand',
    });

    expect(result).toMatchObject({ success: true, errors: [], leadId: lead.Id });
    expect(org.records.get(result.accountId ?? '')).toMatchObject({
      Name: 'Rivera Studio', BillingCity: 'Los Angeles', BillingCountry: 'United States', AccountSource: 'Web', OwnerId: OTHER_USER_ID,
    });
    expect(org.records.get(result.contactId ?? '')).toMatchObject({
      FirstName: 'Sam', LastName: 'Rivera', Name: 'Sam Rivera', Email: 'sam@rivera.example', Phone: '(323) 555-0148',
      Title: 'Creative Director', MailingCity: 'Los Angeles', AccountId: result.accountId, OwnerId: OTHER_USER_ID,
    });
    expect(org.records.get(result.opportunityId ?? '')).toMatchObject({
      Name: 'Rivera Studio - Rebrand', StageName: 'Prospecting', CloseDate: '2026-03-31', AccountId: result.accountId,
      IsClosed: false, IsWon: false, LeadSource: 'Web', OwnerId: OTHER_USER_ID,
    });
    expect(org.records.all('OpportunityContactRole')).toEqual([
      expect.objectContaining({ OpportunityId: result.opportunityId, ContactId: result.contactId, IsPrimary: true }),
    ]);
    expect(org.records.get(lead.Id)).toMatchObject({
      IsConverted: true, Status: 'Closed - Converted', ConvertedAccountId: result.accountId,
      ConvertedContactId: result.contactId, ConvertedOpportunityId: result.opportunityId, ConvertedDate: '2026-02-10',
    });
  });

  it('names the opportunity after the company when no name is given', async () => {
    const org = getOrg();
    const lead = seedLead(org);
    const result = await connect(org).soap.convertLead({ leadId: lead.Id, convertedStatus: 'Closed - Converted' });
    expect(org.records.get(result.opportunityId ?? '')?.Name).toBe('Rivera Studio');
  });

  it('merges into an existing account and contact, filling only their empty fields', async () => {
    const org = getOrg();
    const account = org.insertTrusted('Account', { Name: 'Rivera Studio LLC', Website: 'rivera.example' });
    const contact = org.insertTrusted('Contact', {
      AccountId: account.Id, FirstName: 'Samantha', LastName: 'Rivera', Title: 'Owner', LeadSource: 'Other',
    });
    const lead = seedLead(org);
    const task = org.insertTrusted('Task', { WhoId: lead.Id, Subject: 'Intro call', Status: 'Completed' });
    const note = org.insertTrusted('Note', { ParentId: lead.Id, Title: 'Budget', Body: 'Q3' });

    const result = await connect(org).soap.convertLead({
      leadId: lead.Id, convertedStatus: 'Closed - Converted', accountId: account.Id, contactId: contact.Id,
      doNotCreateOpportunity: true, overwriteLeadSource: true,
    });

    expect(result).toMatchObject({ success: true, accountId: account.Id, contactId: contact.Id, opportunityId: null });
    expect(org.records.all('Account')).toHaveLength(1);
    expect(org.records.all('Contact')).toHaveLength(1);
    expect(org.records.all('Opportunity')).toHaveLength(0);
    expect(org.records.get(account.Id)).toMatchObject({ Name: 'Rivera Studio LLC', BillingCity: 'Los Angeles' });
    expect(org.records.get(contact.Id)).toMatchObject({
      FirstName: 'Samantha', Title: 'Owner', Email: 'sam@rivera.example', LeadSource: 'Web',
    });
    expect(org.records.get(task.Id)).toMatchObject({ WhoId: contact.Id, WhatId: account.Id });
    expect(org.records.get(note.Id)?.ParentId).toBe(contact.Id);
    expect(org.records.get(lead.Id)).toMatchObject({ IsConverted: true, ConvertedOpportunityId: null });
  });

  it('gives the created records to ownerId when one is given', async () => {
    const org = getOrg();
    const lead = seedLead(org, { OwnerId: org.userId });
    const result = await connect(org).soap.convertLead({
      leadId: lead.Id, convertedStatus: 'Closed - Converted', ownerId: OTHER_USER_ID, sendNotificationEmail: true,
    });
    for (const id of [result.accountId, result.contactId, result.opportunityId]) {
      expect(org.records.get(id ?? '')?.OwnerId).toBe(OTHER_USER_ID);
    }
  });

  it('reports each failing lead in its own result and still converts the others', async () => {
    const org = getOrg();
    const first = seedLead(org);
    const conn = connect(org);
    await conn.soap.convertLead({ leadId: first.Id, convertedStatus: 'Closed - Converted', doNotCreateOpportunity: true });
    const wrongStatus = seedLead(org, { Email: 'other@rivera.example' });
    const good = seedLead(org, { Email: 'third@rivera.example' });

    const results = await conn.soap.convertLead([
      { leadId: first.Id, convertedStatus: 'Closed - Converted' },
      { leadId: wrongStatus.Id, convertedStatus: 'Working - Contacted' },
      { leadId: good.Id, convertedStatus: 'Closed - Converted' },
    ]);

    expect(results.map((r) => r.success)).toEqual([false, false, true]);
    expect(results[0]?.errors).toEqual([
      { statusCode: 'CANNOT_UPDATE_CONVERTED_LEAD', message: 'This lead was already converted to the contact Sam Rivera on 2/10/2026.' },
    ]);
    expect(results[1]?.errors).toEqual([{ statusCode: 'INVALID_STATUS', message: 'invalid convertedStatus: Working - Contacted' }]);
    expect(results[0]).toMatchObject({ accountId: null, contactId: null, opportunityId: null });
    expect(org.records.get(wrongStatus.Id)).toMatchObject({ IsConverted: false, Status: 'Working - Contacted' });
    expect(org.records.get(good.Id)?.IsConverted).toBe(true);
    expect(org.records.all('Account')).toHaveLength(2);
  });

  it.each([
    [
      'an opportunity name with doNotCreateOpportunity',
      { doNotCreateOpportunity: true, opportunityName: 'Deal' },
      'INVALID_FIELD',
    ],
    ['a contact without its account', { contactId: '0035g000000AbCdAAA' }, 'INVALID_FIELD'],
    ['an owner who is not a user', { ownerId: '0015g000000AbCdAAA' }, 'INVALID_CROSS_REFERENCE_KEY'],
    ['an account that does not exist', { accountId: '0015g000000ZzZzAAA' }, 'INVALID_CROSS_REFERENCE_KEY'],
  ])('refuses %s and leaves the org untouched', async (_case, options, statusCode) => {
    const org = getOrg();
    const lead = seedLead(org);
    const result = await connect(org).soap.convertLead({ leadId: lead.Id, convertedStatus: 'Closed - Converted', ...options });
    expect(result.success).toBe(false);
    expect(result.errors[0]?.statusCode).toBe(statusCode);
    expect(org.records.get(lead.Id)?.IsConverted).toBe(false);
    expect(org.records.all('Account')).toHaveLength(0);
  });

  it('refuses an ID that is not a lead', async () => {
    const org = getOrg();
    const result = await connect(org).soap.convertLead({ leadId: 'not-an-id', convertedStatus: 'Closed - Converted' });
    expect(result.errors).toEqual([{ statusCode: 'MALFORMED_ID', message: 'bad id not-an-id' }]);
  });
});
