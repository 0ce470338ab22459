import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { SalesforceError } from '../../salesforce';
import { accountNames, email, names, panelHarness } from './test-support/panel-harness';

const fakeOrg = withFakeOrg();

describe('sender panel: one API call per sender', () => {
  it('costs exactly one call for a new sender once describes are warm, and none for a revisit', async () => {
    const harness = fakeOrg();
    const { resolve } = panelHarness(harness);
    await resolve(email(SEED_PEOPLE.rich.email));

    const before = harness.org.usage.served;
    const sean = await resolve(email(SEED_PEOPLE.apostrophe.email));
    expect(harness.org.usage.served - before).toBe(1);
    expect(names(sean.people)).toEqual(["Sean O'Brien"]);

    await resolve(email(SEED_PEOPLE.apostrophe.email));
    await resolve(email(SEED_PEOPLE.rich.email));
    expect(harness.org.usage.served - before).toBe(1);
  });

  it('looks a plus-tagged sender up by both addresses in that same one call', async () => {
    const harness = fakeOrg();
    const { resolve } = panelHarness(harness);
    await resolve(email(SEED_PEOPLE.rich.email));

    const before = harness.org.usage.served;
    const tagged = await resolve(email('maya.chen+billing@acme.example'));
    expect(harness.org.usage.served - before).toBe(1);
    expect(names(tagged.baseMatch?.people ?? [])).toEqual(['Maya Chen']);
  });
});

describe('sender panel: records opened from search', () => {
  it('opens an Opportunity with its account', async () => {
    const { org } = fakeOrg();
    const deal = org.records.all('Opportunity').find((record) => record.Name === 'Kestrel Advisory - Analytics Workshop');
    const panel = await panelHarness(fakeOrg()).resolve({ kind: 'record', sobject: 'Opportunity', id: String(deal?.Id) });
    expect(panel.opportunity?.record.Name).toBe('Kestrel Advisory - Analytics Workshop');
    expect(panel.opportunity?.record.StageName).toBe('Proposal/Price Quote');
    expect(accountNames(panel)).toEqual(['Kestrel Advisory Ltd']);
    expect(panel.people).toEqual([]);
  });

  it('opens a Contact with their account, and an Account by itself', async () => {
    const { org } = fakeOrg();
    const zoe = org.records.all('Contact').find((record) => record.Email === SEED_PEOPLE.nonAscii.zoe.email);
    const { resolve } = panelHarness(fakeOrg());
    const contactPanel = await resolve({ kind: 'record', sobject: 'Contact', id: String(zoe?.Id) });
    expect(names(contactPanel.people)).toEqual(['Zoë Müller']);
    expect(accountNames(contactPanel)).toEqual(['Müller Maschinenbau GmbH']);

    const accountId = String(zoe?.AccountId);
    const accountPanel = await resolve({ kind: 'record', sobject: 'Account', id: accountId });
    expect(accountPanel.people).toEqual([]);
    expect(accountPanel.accountsById[accountId]?.record.Name).toBe('Müller Maschinenbau GmbH');
  });

  it('opens a Lead', async () => {
    const { org } = fakeOrg();
    const lukasz = org.records.all('Lead').find((record) => record.Email === SEED_PEOPLE.nonAscii.lukasz.email);
    const panel = await panelHarness(fakeOrg()).resolve({ kind: 'record', sobject: 'Lead', id: String(lukasz?.Id) });
    expect(panel.people.map((person) => [person.sobject, person.record.Name])).toEqual([['Lead', 'Łukasz Wójcik']]);
  });
});

describe('sender panel: failures', () => {
  it('throws the failed subrequest’s SalesforceError', async () => {
    const panel = panelHarness(fakeOrg()).resolve({ kind: 'record', sobject: 'Contact', id: 'not-an-id' });
    await expect(panel).rejects.toBeInstanceOf(SalesforceError);
    await expect(panel).rejects.toMatchObject({ serverCode: 'INVALID_QUERY_FILTER_OPERATOR', status: 400 });
  });

  it('throws the client’s error unchanged when the composite itself is refused', async () => {
    const harness = fakeOrg();
    const { resolve } = panelHarness(harness);
    await resolve(email(SEED_PEOPLE.rich.email));
    harness.org.faults.apiLimitExhausted = true;

    const failure = resolve(email(SEED_PEOPLE.apostrophe.email));
    await expect(failure).rejects.toBeInstanceOf(SalesforceError);
    await expect(failure).rejects.toMatchObject({ code: 'REQUEST_LIMIT_EXCEEDED', status: 403 });
  });
});
