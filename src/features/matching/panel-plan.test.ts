import { describe, expect, it } from 'vitest';
import { buildStandardDescribes } from '../../fake-org/metadata';
import { MAX_COMPOSITE_QUERIES } from '../../salesforce';
import { sobjectDescribeSchema } from '../../salesforce/schemas/describe';
import { planPanel } from './panel-plan';
import type { Subject } from './subject';
import { testLayoutFor } from './test-support/test-layouts';

const standard = Object.fromEntries(
  buildStandardDescribes('https://demo.my.salesforce.com').map((describe) => [describe.name, sobjectDescribeSchema.parse(describe)]),
);
const input = { describes: standard, layoutFor: testLayoutFor };
const queryText = (url: string) => decodeURIComponent(url.replace('/query?q=', ''));
const queriesOf = (subject: Subject, planInput = input) =>
  Object.fromEntries(planPanel(subject, planInput).queries.map((planned) => [planned.part, queryText(planned.request.url)]));

describe('planPanel', () => {
  it('stays within Salesforce’s five queries per composite for every kind of subject', () => {
    const subjects: Subject[] = [
      { kind: 'email', email: 'maya.chen@acme.example' },
      { kind: 'phone', e164: '+14155550134', national: '4155550134', raw: '(415) 555-0134' },
      ...['Contact', 'Lead', 'Account', 'Opportunity'].map((sobject): Subject => ({ kind: 'record', sobject, id: '001000000000001AAA' })),
    ];
    for (const subject of subjects) expect(planPanel(subject, input).queries.length).toBeLessThanOrEqual(MAX_COMPOSITE_QUERIES);
  });

  it('matches a phone on every phone field by its digits in order, whatever the punctuation', () => {
    const { contacts, leads } = queriesOf({ kind: 'phone', e164: '+14155550134', national: '4155550134', raw: '+14155550134' });
    for (const field of ['Phone', 'MobilePhone', 'HomePhone', 'OtherPhone']) expect(contacts).toContain(`${field} LIKE '%4%1%5%5%5%5%0%1%3%4'`);
    expect(leads).toContain("IsConverted = false AND (Phone LIKE '%4%1%5%5%5%5%0%1%3%4' OR ");
  });

  it('finds accounts of matching contacts with a semi-join, and by website only for company domains', () => {
    const { accounts, domainAccounts } = queriesOf({ kind: 'email', email: "Sean.O'Brien@Kestrel.example" });
    expect(accounts).toContain("WHERE Id IN (SELECT AccountId FROM Contact WHERE Email = 'sean.o\\'brien@kestrel.example')");
    expect(domainAccounts).toContain("WHERE Website LIKE '%kestrel.example%'");
    expect(queriesOf({ kind: 'email', email: 'someone@yahoo.co.uk' }).domainAccounts).toBeUndefined();
  });

  it('looks a plus-tagged address up with and without its tag, and its domain as it is', () => {
    const { contacts, accounts, leads, domainAccounts } = queriesOf({ kind: 'email', email: 'maya.chen+billing@acme.example' });
    const both = "Email IN ('maya.chen+billing@acme.example', 'maya.chen@acme.example')";
    expect(contacts).toContain(`FROM Contact WHERE ${both}`);
    expect(accounts).toContain(`WHERE Id IN (SELECT AccountId FROM Contact WHERE ${both})`);
    expect(leads).toContain(`WHERE IsConverted = false AND (${both})`);
    expect(domainAccounts).toContain("WHERE Website LIKE '%acme.example%'");
  });

  it('asks only for related lists the describe has', () => {
    const contact = standard.Contact;
    if (!contact) throw new Error('no Contact describe');
    const withoutNotes = { ...contact, childRelationships: contact.childRelationships.filter((relationship) => relationship.childSObject !== 'Note') };
    const { contacts } = queriesOf({ kind: 'email', email: 'maya.chen@acme.example' }, { ...input, describes: { ...standard, Contact: withoutNotes } });
    expect(contacts).toContain('FROM Cases WHERE IsClosed = false');
    expect(contacts).not.toContain('FROM Notes');
  });

  it('includes the org’s own custom children but never a managed package’s', () => {
    expect(standard.acme__Widget__c).toBeDefined();
    expect(standard.Account?.childRelationships.map((relationship) => relationship.relationshipName)).toContain('acme__Widgets__r');

    const accounts = planPanel({ kind: 'email', email: 'maya.chen@acme.example' }, input).queries.find((planned) => planned.part === 'accounts');
    expect(accounts?.related.map((related) => related.label)).toEqual(['Open Opportunities', 'Open Cases', 'Account Service Requests']);
    expect(queryText(accounts?.request.url ?? '')).not.toContain('acme__Widgets__r');
  });
});
