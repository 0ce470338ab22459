import { FakeOrg } from '../../org';
import { testDescribes } from './test-describes';

/** A Thursday: week boundaries, month and quarter literals all have something on both sides. */
export const TEST_NOW = new Date('2026-01-15T12:00:00.000Z');
export const API_VERSION = '60.0';

/** An empty org over the test describes, its clock fixed at TEST_NOW. */
export function makeTestOrg(): FakeOrg {
  return new FakeOrg({ describes: testDescribes(), now: () => TEST_NOW });
}

/**
 * Two accounts (one owned, with contacts, tasks and a service request; one bare), contacts with and
 * without an account, a lead owned by a user, tasks pointing at both through polymorphic lookups.
 */
export function seedTestOrg(org: FakeOrg) {
  const user = org.insertTrusted('User', { Name: 'Ada Admin', FirstName: 'Ada', LastName: 'Admin', Email: 'ada@example.com', IsActive: true });
  const acme = org.insertTrusted('Account', { Name: 'Acme Corp', Phone: '(415) 555-0134', Industry: 'Technology', AnnualRevenue: 5000000, OwnerId: user.Id });
  const globex = org.insertTrusted('Account', { Name: 'Globex', Phone: '+44 20 7946 0958', Industry: 'Energy', AnnualRevenue: 120000 });
  const rose = org.insertTrusted('Contact', {
    AccountId: acme.Id, FirstName: 'Rose', LastName: 'Gonzalez', Email: 'rose@acme.com', Phone: '(415) 555-0134',
    Title: 'VP Sales', MailingCity: 'Austin', MailingCountry: 'USA', Birthdate: '1980-03-04', Languages__c: 'English;Spanish', OwnerId: user.Id,
  });
  const sean = org.insertTrusted('Contact', {
    AccountId: acme.Id, FirstName: 'Sean', LastName: "O'Brien", Email: "o'brien+front@acme.com", Phone: null,
    Title: null, Birthdate: '1975-12-01', Languages__c: 'English', OwnerId: user.Id,
  });
  const loner = org.insertTrusted('Contact', { FirstName: null, LastName: 'Loner', Email: null, Phone: '555 0199', OwnerId: user.Id });
  const lead = org.insertTrusted('Lead', {
    FirstName: 'Lena', LastName: 'Lead', Company: 'Initech', Email: 'lena@initech.com', Phone: '+1 (212) 555-0100',
    Status: 'Open', IsConverted: false, OwnerId: user.Id,
  });
  const call = org.insertTrusted('Task', { Subject: 'Call Rose', Status: 'Completed', ActivityDate: '2026-01-14', WhoId: rose.Id, WhatId: acme.Id, OwnerId: user.Id });
  const email = org.insertTrusted('Task', { Subject: 'Email Lena', Status: 'Not Started', ActivityDate: '2026-01-20', WhoId: lead.Id, OwnerId: user.Id });
  const request = org.insertTrusted('Account_Service_Request__c', { Name: 'Broken laptop', Account__c: acme.Id, Priority__c: 'High', Due_Date__c: '2026-02-01' });
  return { user, acme, globex, rose, sean, loner, lead, call, email, request };
}
