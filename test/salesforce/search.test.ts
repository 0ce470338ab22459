import { describe, expect, it } from 'vitest';
import { c, createSalesforceClient, parameterizedSearch, searchTerm, sosl } from '../../src/salesforce';
import { withFakeOrg } from '../support/fake-org';
import { connectTo } from './support';

const fakeOrg = withFakeOrg();

function seedPeople() {
  const { org } = fakeOrg();
  const contact = org.insertTrusted('Contact', { FirstName: 'Siobhan', LastName: "O'Brien", Email: "siobhan.o'brien@search.example" });
  const lead = org.insertTrusted('Lead', { FirstName: 'Siobhan', LastName: 'Quill', Company: 'Quill & Co', Email: 'squill+front@search.example', Status: 'Open - Not Contacted', IsConverted: false });
  return { contact, lead };
}

describe('SOSL search', () => {
  it('finds people by an email with an apostrophe, across objects', async () => {
    const { contact } = seedPeople();
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const records = await client.search(
      sosl
        .find(searchTerm.phrase("siobhan.o'brien@search.example"))
        .in('EMAIL')
        .returning('Contact', { fields: ['Id', 'Name', 'Email'] })
        .returning('Lead', { fields: ['Id', 'Name', 'Email'], where: c.eq('IsConverted', false) }),
    );
    expect(records.map((r) => [r.attributes.type, r.Id])).toEqual([['Contact', contact.Id]]);
  });

  it('returns Leads and Contacts matching a name', async () => {
    const { contact, lead } = seedPeople();
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const records = await client.search(
      sosl.find(searchTerm.words('Siobhan')).in('NAME').returning('Contact', { fields: ['Id'] }).returning('Lead', { fields: ['Id'] }),
    );
    expect(records.map((r) => r.Id).sort()).toEqual([contact.Id, lead.Id].sort());
  });
});

describe('parameterized search', () => {
  it('searches with a body from the builder, reserved characters and all', async () => {
    const { lead } = seedPeople();
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const records = await client.parameterizedSearch(
      parameterizedSearch(searchTerm.phrase('squill+front@search.example'), {
        in: 'EMAIL',
        sobjects: [
          { name: 'Contact', fields: ['Id', 'Email'] },
          { name: 'Lead', fields: ['Id', 'Email'], where: c.eq('IsConverted', false) },
        ],
      }),
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ attributes: { type: 'Lead' }, Id: lead.Id, Email: 'squill+front@search.example' });
  });

  it('returns an empty list when nothing matches', async () => {
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const records = await client.parameterizedSearch(
      parameterizedSearch('zzzzqqqq-no-such-person', { sobjects: [{ name: 'Contact', fields: ['Id'] }] }),
    );
    expect(records).toEqual([]);
  });
});
