import { beforeAll, describe, expect, it } from 'vitest';
import { buildStandardDescribes } from '../metadata';
import { DEFAULT_USER_ID, FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';
import { applySeed, defaultSeed, SEED_PEOPLE } from '.';

const TODAY = new Date('2026-03-02T12:00:00Z');
const TODAY_DATE = '2026-03-02';

function seededOrg(): { org: FakeOrg; ids: Map<string, string> } {
  const org = new FakeOrg({ describes: buildStandardDescribes('https://demo.my.salesforce.com'), now: () => TODAY });
  return { org, ids: applySeed(org, defaultSeed(TODAY)) };
}

function websiteDomain(website: unknown): string {
  const text = String(website);
  return new URL(text.includes('://') ? text : `https://${text}`).hostname.replace(/^www\./, '');
}

describe('the default seed', () => {
  let org: FakeOrg;
  let ids: Map<string, string>;
  const all = (sobject: string): StoredRecord[] => org.records.all(sobject);
  const withEmail = (sobject: string, email: string) => all(sobject).filter((row) => row.Email === email);
  const byRef = (ref: string): StoredRecord => {
    const record = org.records.get(ids.get(ref) ?? '');
    if (!record) throw new Error(`no record for ${ref}`);
    return record;
  };

  beforeAll(() => {
    ({ org, ids } = seededOrg());
  });

  it('has enough people and companies for a realistic demo', () => {
    expect(all('Contact').length).toBeGreaterThanOrEqual(40);
    expect(all('Lead').length).toBeGreaterThanOrEqual(20);
    expect(all('Account').length).toBeGreaterThanOrEqual(15);
    for (const account of all('Account')) {
      for (const field of ['Website', 'Industry', 'Phone', 'BillingCity']) expect(typeof account[field], `${String(account.Name)}.${field}`).toBe('string');
    }
  });

  it('has open deals closing after today and closed ones before it, all with amounts', () => {
    const opportunities = all('Opportunity');
    const open = opportunities.filter((row) => row.IsClosed === false);
    const closed = opportunities.filter((row) => row.IsClosed === true);
    expect(open.length).toBeGreaterThan(5);
    expect(closed.some((row) => row.IsWon === true) && closed.some((row) => row.IsWon === false)).toBe(true);
    for (const row of open) expect(String(row.CloseDate) > TODAY_DATE, String(row.Name)).toBe(true);
    for (const row of closed) expect(String(row.CloseDate) < TODAY_DATE, String(row.Name)).toBe(true);
    for (const row of opportunities) expect(row.Amount).toEqual(expect.any(Number));
  });

  it('has open and closed cases, email tasks linked to people and records, and notes on contacts and leads', () => {
    expect(all('Case').filter((row) => row.IsClosed === true).length).toBeGreaterThan(0);
    expect(all('Case').filter((row) => row.IsClosed === false).length).toBeGreaterThan(0);
    const emails = all('Task').filter((row) => row.TaskSubtype === 'Email');
    expect(emails.some((row) => row.WhoId && row.WhatId)).toBe(true);
    const noteParents = all('Note').map((row) => org.records.typeOf(String(row.ParentId)));
    expect(noteParents).toContain('Contact');
    expect(noteParents).toContain('Lead');
    for (const sobject of ['Account_Service_Request__c', 'Support_Plan__c', 'acme__Widget__c', 'OpportunityContactRole']) {
      expect(all(sobject).length, sobject).toBeGreaterThan(0);
    }
  });

  it('has the four Lead statuses, with the default and the converted one flagged', () => {
    const statuses = all('LeadStatus');
    expect(statuses.map((row) => row.ApiName)).toEqual(['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted']);
    expect(statuses.filter((row) => row.IsDefault === true).map((row) => row.ApiName)).toEqual(['Open - Not Contacted']);
    expect(statuses.filter((row) => row.IsConverted === true).map((row) => row.ApiName)).toEqual(['Closed - Converted']);
  });

  it('has the running user Avery Admin and a few teammates', () => {
    expect(org.records.get(DEFAULT_USER_ID)).toMatchObject({ Name: 'Avery Admin', IsActive: true });
    expect(all('User').length).toBeGreaterThanOrEqual(3);
    expect(all('User').length).toBeLessThanOrEqual(4);
  });

  it('stores each phone format on the person SEED_PEOPLE names', () => {
    for (const [format, phone] of Object.entries(SEED_PEOPLE.phones)) {
      const holders = all(phone.object).filter((row) => row[phone.field] === phone.value);
      expect(holders.map((row) => row.LastName), format).toEqual([phone.lastName]);
    }
  });

  it('has the tricky matching cases: contact-and-lead, shared email, apostrophe, free mail, non-ASCII names', () => {
    expect(withEmail('Contact', SEED_PEOPLE.contactAndLead.email)).toHaveLength(1);
    expect(withEmail('Lead', SEED_PEOPLE.contactAndLead.email).map((row) => row.IsConverted)).toEqual([false]);
    expect(withEmail('Contact', SEED_PEOPLE.sharedEmail.email).map((row) => row.LastName).sort()).toEqual([...SEED_PEOPLE.sharedEmail.lastNames].sort());
    expect(withEmail('Contact', SEED_PEOPLE.apostrophe.email)).toHaveLength(1);
    expect(withEmail('Contact', SEED_PEOPLE.freeMailContact.email)).toHaveLength(1);
    expect(withEmail('Lead', SEED_PEOPLE.freeMailLead.email)).toHaveLength(1);
    expect(SEED_PEOPLE.freeMailContact.email.endsWith('@gmail.com') && SEED_PEOPLE.freeMailLead.email.endsWith('@gmail.com')).toBe(true);
    for (const person of Object.values(SEED_PEOPLE.nonAscii)) {
      expect(withEmail(person.object, person.email)[0], person.email).toMatchObject({ FirstName: person.firstName, LastName: person.lastName });
    }
  });

  it('has senders who are not in Salesforce but whose domain is an Account website', () => {
    for (const { email, account } of SEED_PEOPLE.unknownAtAccountDomain) {
      expect(withEmail('Contact', email).concat(withEmail('Lead', email))).toEqual([]);
      const domain = email.split('@')[1];
      expect(all('Account').filter((row) => websiteDomain(row.Website) === domain).map((row) => row.Name)).toEqual([account]);
    }
    const unknownDomain = SEED_PEOPLE.unknown.email.split('@')[1];
    expect(all('Account').some((row) => websiteDomain(row.Website) === unknownDomain)).toBe(false);
    expect([...all('Contact'), ...all('Lead')].some((row) => String(row.Email).endsWith(`@${unknownDomain}`))).toBe(false);
  });

  it('has a converted Lead pointing at the Contact it became', () => {
    const [lead] = withEmail('Lead', SEED_PEOPLE.convertedLead.email);
    expect(lead).toMatchObject({ IsConverted: true, Status: 'Closed - Converted' });
    expect(org.records.get(String(lead?.ConvertedContactId))?.Email).toBe(SEED_PEOPLE.convertedLead.email);
    expect(org.records.typeOf(String(lead?.ConvertedOpportunityId))).toBe('Opportunity');
  });

  it('gives the rich demo sender something in every related list', () => {
    const [maya] = withEmail('Contact', SEED_PEOPLE.rich.email);
    expect(maya?.Phone).toBe(SEED_PEOPLE.rich.phone);
    const accountId = maya?.AccountId;
    expect(org.records.get(String(accountId))?.Name).toBe(SEED_PEOPLE.rich.account);
    const cases = all('Case').filter((row) => row.ContactId === maya?.Id);
    expect(cases.filter((row) => row.IsClosed === false).length).toBeGreaterThanOrEqual(2);
    expect(cases.some((row) => row.IsClosed === true)).toBe(true);
    expect(all('Task').filter((row) => row.WhoId === maya?.Id).length).toBeGreaterThanOrEqual(3);
    expect(all('Note').filter((row) => row.ParentId === maya?.Id).length).toBeGreaterThanOrEqual(2);
    expect(all('OpportunityContactRole').filter((row) => row.ContactId === maya?.Id).length).toBeGreaterThanOrEqual(2);
    expect(all('Opportunity').filter((row) => row.AccountId === accountId && row.IsClosed === false).length).toBeGreaterThanOrEqual(2);
    expect(all('Account_Service_Request__c').filter((row) => row.Account__c === accountId).length).toBeGreaterThanOrEqual(2);
    expect(all('Support_Plan__c').filter((row) => row.Contact__c === maya?.Id)).toHaveLength(1);
    expect(byRef('contact.maya').Id).toBe(maya?.Id);
  });

  it('stores only described fields, active picklist values and references to live records of the right type', () => {
    for (const describe of org.metadata.all()) {
      const fields = new Map(describe.fields.map((field) => [field.name, field]));
      for (const record of all(describe.name)) {
        for (const [name, value] of Object.entries(record)) {
          const field = fields.get(name);
          expect(field, `${describe.name}.${name}`).toBeDefined();
          if (!field || value === null || value === undefined) continue;
          if (field.type === 'picklist') {
            const active = field.picklistValues.filter((entry) => entry.active).map((entry) => entry.value);
            expect(active, `${describe.name}.${name}`).toContain(value);
          }
          if (field.type === 'reference') {
            const id = typeof value === 'string' ? value : '';
            expect(field.referenceTo, `${describe.name}.${name} = ${id}`).toContain(org.records.typeOf(id));
          }
        }
      }
    }
  });

  it('is the same data, with the same IDs, every time for the same day', () => {
    expect(defaultSeed(TODAY)).toEqual(defaultSeed(TODAY));
    expect([...seededOrg().ids]).toEqual([...ids]);
  });
});
