import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { accountNames, compositeReferenceIds, email, names, panelHarness, relatedByLabel } from './test-support/panel-harness';

const fakeOrg = withFakeOrg();

describe('sender panel by email, against the fake org', () => {
  it('finds Maya Chen in any case, with her account, open deals and cases, tasks, notes and custom records', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email(SEED_PEOPLE.rich.email.toUpperCase()));

    expect(panel.people.map((person) => [person.sobject, person.record.Name])).toEqual([['Contact', 'Maya Chen']]);
    const [maya] = panel.people;
    expect(accountNames(panel)).toEqual([SEED_PEOPLE.rich.account]);
    expect(maya?.record.AccountId).toBe(Object.keys(panel.accountsById)[0]);

    expect(relatedByLabel(maya, 'Open Cases').map((c) => c.Subject)).toEqual([
      'Replacement gripper pads on backorder',
      'Robot arm calibration drifts after firmware 4.2',
    ]);
    expect(relatedByLabel(maya, 'Recent Tasks')).toHaveLength(5);
    expect(relatedByLabel(maya, 'Notes').map((n) => n.Title).sort()).toEqual(['Firmware concerns', 'Who decides']);
    expect(relatedByLabel(maya, 'Support Plans').map((p) => p.Name)).toEqual(['Acme Robotics Gold Support']);

    const acme = Object.values(panel.accountsById)[0];
    expect(names(acme ? [acme] : [])).toEqual(['Acme Robotics']);
    expect(relatedByLabel(acme, 'Open Opportunities').map((o) => o.Name)).toEqual([
      'Acme Robotics - Warehouse Fleet Expansion',
      'Acme Robotics - Premium Support Renewal',
    ]);
    expect(relatedByLabel(acme, 'Open Cases')).toHaveLength(2);
    expect(relatedByLabel(acme, 'Account Service Requests').map((r) => r.Name)).toContain('SR-1001 Replace monitor in the control room');
    // The managed package's Widgets hang off Acme too, but are not the agent's business.
    expect(acme?.related.map((related) => related.sobject)).not.toContain('acme__Widget__c');
    expect(panel.describes.Support_Plan__c?.labelPlural).toBe('Support Plans');
  });

  it('shows the first records of each list and tells when Salesforce holds more', async () => {
    const { org } = fakeOrg();
    const maya = org.records.all('Contact').find((contact) => contact.Email === SEED_PEOPLE.rich.email);
    for (let n = 1; n <= 4; n++) org.insertTrusted('Note', { ParentId: maya?.Id, Title: `Follow-up ${n}`, Body: 'Called back.' });

    const panel = await panelHarness(fakeOrg()).resolve(email(SEED_PEOPLE.rich.email));

    const list = (label: string) => panel.people[0]?.related.find((related) => related.label === label);
    expect(list('Notes')?.records).toHaveLength(5);
    expect(list('Notes')?.hasMore).toBe(true);
    expect(list('Open Cases')?.records).toHaveLength(2);
    expect(list('Open Cases')?.hasMore).toBe(false);
  });

  it('shows lookups by name inside related lists, not only ids', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email(SEED_PEOPLE.rich.email));
    const tasks = relatedByLabel(panel.people[0], 'Recent Tasks');
    expect(tasks.map((task) => (task.What as { Name?: string } | null)?.Name)).toContain('Acme Robotics - Warehouse Fleet Expansion');
  });

  it('prefers the Contact when the same email is also an unconverted Lead', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email(SEED_PEOPLE.contactAndLead.email));
    expect(panel.people.map((person) => [person.sobject, person.record.Name])).toEqual([['Contact', 'Sam Rivera']]);
  });

  it("finds the Contact a Lead was converted into, not the converted Lead", async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email(SEED_PEOPLE.convertedLead.email));
    expect(panel.people.map((person) => [person.sobject, person.record.Name])).toEqual([['Contact', 'Grace Lindqvist']]);
  });

  it('returns both people who share an address, and their account once', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email(SEED_PEOPLE.sharedEmail.email));
    expect(names(panel.people).sort()).toEqual(['Dana Whitfield', 'Lee Park']);
    expect(accountNames(panel)).toEqual([SEED_PEOPLE.sharedEmail.account]);
  });

  it('matches an address with an apostrophe', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email(SEED_PEOPLE.apostrophe.email));
    expect(names(panel.people)).toEqual(["Sean O'Brien"]);
    expect(accountNames(panel)).toEqual(['Kestrel Advisory Ltd']);
  });

  it('shows a Lead-only sender with their tasks and notes', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email(SEED_PEOPLE.freeMailLead.email));
    expect(panel.people.map((person) => [person.sobject, person.record.Name])).toEqual([['Lead', 'Tom Baker']]);
    expect(relatedByLabel(panel.people[0], 'Recent Tasks').map((t) => t.Subject)).toEqual(['Email: Quote request for deck materials']);
    expect(relatedByLabel(panel.people[0], 'Notes').map((n) => n.Title)).toEqual(['Small business']);
    expect(panel.accountsById).toEqual({});
  });

  it.each(SEED_PEOPLE.unknownAtAccountDomain)('offers the Account whose website is the domain of $email', async ({ email: address, account }) => {
    const panel = await panelHarness(fakeOrg()).resolve(email(address));
    expect(panel.people).toEqual([]);
    expect(names(panel.domainAccounts)).toEqual([account]);
  });

  it('keeps only accounts whose website host is the domain, not one that merely contains it', async () => {
    const { org } = fakeOrg();
    org.insertTrusted('Account', { Name: 'Not Brightwave', Website: 'https://notbrightwave.example' });
    org.insertTrusted('Account', { Name: 'Brightwave Europe', Website: 'eu.brightwave.example/de' });
    const panel = await panelHarness(fakeOrg()).resolve(email('jordan.lee@brightwave.example'));
    expect(names(panel.domainAccounts).sort()).toEqual(['Brightwave Europe', 'Brightwave Media']);
  });

  it('finds nothing for a free-mail stranger, and does not look the free-mail domain up', async () => {
    const harness = fakeOrg();
    const requests = compositeReferenceIds(harness.server);
    const panel = await panelHarness(harness).resolve(email('a.stranger.2031@gmail.com'));

    expect(panel.people).toEqual([]);
    expect(panel.domainAccounts).toEqual([]);
    expect(panel.accountsById).toEqual({});
    // The describes come first, in composites of their own; the panel's holds no domain lookup.
    const referenceIds = await Promise.all(requests);
    expect(referenceIds.at(-1)).toEqual(['contacts', 'accounts', 'leads']);
    expect(referenceIds.slice(0, -1).flat().every((id) => id.startsWith('describe'))).toBe(true);
  });

  it('treats an injection attempt as an address that matches nothing', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email("x' OR Name LIKE '%"));
    expect(panel.people).toEqual([]);
    expect(panel.accountsById).toEqual({});
    expect(panel.domainAccounts).toEqual([]);
  });
});
