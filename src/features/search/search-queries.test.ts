import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { connectTo } from '../../../test/salesforce/support';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { createSalesforceClient } from '../../salesforce';
import { HITS_PER_OBJECT, salesforceSearchQueryOptions, type SearchResults } from './search-queries';

const fakeOrg = withFakeOrg();

function searchFor(term: string): Promise<SearchResults> {
  const client = createSalesforceClient(connectTo(fakeOrg()));
  return new QueryClient().fetchQuery(salesforceSearchQueryOptions({ client, orgKey: 'org-1', term }));
}

const titlesOf = (results: SearchResults, sobject: string) =>
  results.find((group) => group.sobject === sobject)?.hits.map((hit) => hit.title) ?? [];

describe('salesforceSearchQueryOptions', () => {
  const client = () => createSalesforceClient(connectTo(fakeOrg()));

  it('keys the search by org and by the text as searched', () => {
    const options = salesforceSearchQueryOptions({ client: client(), orgKey: 'org-1', term: '  Maya   CHEN ' });
    expect(options.queryKey).toEqual(['salesforce', 'org-1', 'search', 'maya chen']);
    expect(options.enabled).toBe(true);
  });

  it.each(['', ' ', 'm', ' m ', '--', '* ?', 'a -'])('is disabled for %j, which Salesforce would refuse', (term) => {
    expect(salesforceSearchQueryOptions({ client: client(), orgKey: 'org-1', term }).enabled).toBe(false);
  });

  it('groups hits in a fixed order: Contacts, Leads, Accounts, Opportunities', async () => {
    const results = await searchFor('acme');
    expect(results.map((group) => group.sobject)).toEqual(['Contact', 'Account', 'Opportunity']);
    expect(titlesOf(results, 'Account')).toEqual([SEED_PEOPLE.rich.account]);
  });

  it('returns unconverted Leads only', async () => {
    const { firstName, lastName } = SEED_PEOPLE.convertedLead;
    const results = await searchFor(lastName);
    expect(titlesOf(results, 'Contact')).toEqual([`${firstName} ${lastName}`]);
    expect(titlesOf(results, 'Lead')).toEqual([]);
  });

  it('describes a Lead by its email and company', async () => {
    const { firstName, lastName, email, account } = SEED_PEOPLE.contactAndLead;
    const results = await searchFor(`${firstName} ${lastName}`);
    expect(results.find((group) => group.sobject === 'Lead')?.hits).toEqual([
      expect.objectContaining({ title: `${firstName} ${lastName}`, subtitle: `${email} · ${account}` }),
    ]);
  });

  it(`returns at most ${HITS_PER_OBJECT} records per object`, async () => {
    for (let n = 0; n < HITS_PER_OBJECT + 2; n++) fakeOrg().org.insertTrusted('Contact', { LastName: `Quokka${n}`, Title: 'Quokkaherd' });
    expect(titlesOf(await searchFor('quokkaherd'), 'Contact')).toHaveLength(HITS_PER_OBJECT);
  });

  it('keeps finding the earlier words while a one-letter last word is typed', async () => {
    expect(titlesOf(await searchFor('maya c'), 'Contact')).toEqual(['Maya Chen']);
    expect(titlesOf(await searchFor('maya ch'), 'Contact')).toEqual(['Maya Chen']);
    expect(titlesOf(await searchFor('maya cx'), 'Contact')).toEqual([]);
  });
});
