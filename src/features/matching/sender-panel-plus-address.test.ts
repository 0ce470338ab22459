import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import type { SenderPanel } from './sender-panel';
import { accountNames, email, names, panelHarness } from './test-support/panel-harness';

const fakeOrg = withFakeOrg();

const MAYA_BILLING = 'maya.chen+billing@acme.example';
const kinds = (panel: SenderPanel) => panel.baseMatch?.people.map((person) => [person.sobject, person.record.Name]);

describe('sender panel for a plus-addressed sender', () => {
  it('offers the person using the address without its tag, with their account, but does not claim them', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email(MAYA_BILLING));

    expect(panel.people).toEqual([]);
    expect(panel.baseMatch?.address).toBe(SEED_PEOPLE.rich.email);
    expect(kinds(panel)).toEqual([['Contact', 'Maya Chen']]);
    // Confirming shows her card with her account, which the same call already brought.
    expect(accountNames(panel)).toEqual([SEED_PEOPLE.rich.account]);
    // Declining leaves the usual no-match hint: the account of the email's domain.
    expect(names(panel.domainAccounts)).toEqual([SEED_PEOPLE.rich.account]);
  });

  it('compares addresses in any case, as Salesforce does', async () => {
    const { org } = fakeOrg();
    org.insertTrusted('Contact', { FirstName: 'Priya', LastName: 'Rao', Email: 'Priya.Rao@Acme.example' });
    const { resolve } = panelHarness(fakeOrg());
    expect(kinds(await resolve(email('Maya.Chen+Billing@ACME.example')))).toEqual([['Contact', 'Maya Chen']]);
    const priya = await resolve(email('priya.rao+ops@acme.example'));
    expect(priya.people).toEqual([]);
    expect(kinds(priya)).toEqual([['Contact', 'Priya Rao']]);
  });

  it('shows whoever uses the tagged address itself, and offers nobody else', async () => {
    const { org } = fakeOrg();
    org.insertTrusted('Contact', { FirstName: 'Billing', LastName: 'Desk', Email: 'Maya.Chen+Billing@acme.example' });
    const panel = await panelHarness(fakeOrg()).resolve(email(MAYA_BILLING));
    expect(names(panel.people)).toEqual(['Billing Desk']);
    expect(panel.baseMatch).toBeUndefined();
  });

  it('prefers a Lead using the tagged address to a Contact using only its base', async () => {
    const { org } = fakeOrg();
    org.insertTrusted('Lead', { FirstName: 'Maya', LastName: 'Billing', Company: 'Acme Robotics', Email: MAYA_BILLING });
    const panel = await panelHarness(fakeOrg()).resolve(email(MAYA_BILLING));
    expect(panel.people.map((person) => [person.sobject, person.record.Name])).toEqual([['Lead', 'Maya Billing']]);
    expect(panel.baseMatch).toBeUndefined();
  });

  it('offers everyone sharing the base address, so the agent can choose', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email('accounts+ap@orchardfoods.example'));
    expect(names(panel.baseMatch?.people ?? []).sort()).toEqual(['Dana Whitfield', 'Lee Park']);
  });

  it('offers a Lead found by the base address, and a Contact over a Lead as for exact matches', async () => {
    const { resolve } = panelHarness(fakeOrg());
    expect(kinds(await resolve(email('tom.baker.builds+quotes@gmail.com')))).toEqual([['Lead', 'Tom Baker']]);
    expect(kinds(await resolve(email('sam.rivera+q3@brightwave.example')))).toEqual([['Contact', 'Sam Rivera']]);
  });

  it('offers nobody when the base address matches no one either', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(email('nobody+x@nowhere.example'));
    expect(panel.people).toEqual([]);
    expect(panel.baseMatch).toBeUndefined();
  });
});
