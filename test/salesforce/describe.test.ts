import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSalesforceClient, describeSObject, memoryDescribeStorage } from '../../src/salesforce';
import { withFakeOrg } from '../support/fake-org';
import { connectTo, recordStatuses } from './support';

const fakeOrg = withFakeOrg();

describe('describe', () => {
  it('returns the object metadata the panel builds forms from', async () => {
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const contact = await client.describe('Contact');
    expect(contact.name).toBe('Contact');
    expect(contact.keyPrefix).toBe('003');
    const email = contact.fields.find((field) => field.name === 'Email');
    expect(email).toMatchObject({ type: 'email', updateable: true });
    expect(contact.childRelationships.map((r) => r.relationshipName)).toContain('Support_Plans__r');
  });

  it('revalidates a cached describe with If-Modified-Since and keeps the cache on 304', async () => {
    const { org } = fakeOrg();
    const storage = memoryDescribeStorage();
    const conn = connectTo(fakeOrg());

    const statuses = recordStatuses(fakeOrg().server);
    const first = await describeSObject(conn, 'Account_Service_Request__c', { storage });
    const second = await describeSObject(conn, 'Account_Service_Request__c', { storage });

    expect(second).toEqual(first);
    expect(statuses).toEqual([200, 304]);
    expect(org.usage.describeBodies).toBe(1);
    // The 304 is still a request: the cache saves bandwidth, and the org is asked every time.
    expect(org.usage.served).toBe(2);
  });

  it('gathers the describes asked for together into one composite call, each revalidated from the cache', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connectTo(fakeOrg()), { describeStorage: memoryDescribeStorage() });
    const names = ['Contact', 'Lead', 'Account', 'Opportunity', 'Case', 'Task', 'Note'];

    const first = await Promise.all(names.map((name) => client.describe(name)));
    expect(first.map((describe) => describe.name)).toEqual(names);
    expect(org.usage.served).toBe(1);
    expect(org.usage.describeBodies).toBe(names.length);

    const again = await Promise.all(names.map((name) => client.describe(name)));
    expect(again).toEqual(first);
    expect(org.usage.served).toBe(2);
    // Every one came back 304 inside the composite: no body crossed the network twice.
    expect(org.usage.describeBodies).toBe(names.length);
  });

  it('says NOT_FOUND for an object the user cannot see, without failing the others asked for with it', async () => {
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const [contact, missing] = await Promise.allSettled([client.describe('Contact'), client.describe('Nowhere__c')]);
    expect(contact).toMatchObject({ status: 'fulfilled', value: { name: 'Contact' } });
    expect(missing).toMatchObject({ status: 'rejected', reason: { code: 'NOT_FOUND' } });
  });

  it('tells concurrent responses apart: a 304 for one object never answers another', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connectTo(fakeOrg()), { describeStorage: memoryDescribeStorage() });
    await client.describe('Lead');

    const [lead, contact, leadAgain] = await Promise.all([client.describe('Lead'), client.describe('Contact'), client.describe('Lead')]);

    expect([lead.name, contact.name, leadAgain.name]).toEqual(['Lead', 'Contact', 'Lead']);
    expect(org.usage.describeBodies).toBe(2);
  });

  it('keeps the cache across connections, as localStorage does across sessions', async () => {
    const { org } = fakeOrg();
    const storage = memoryDescribeStorage();
    await describeSObject(connectTo(fakeOrg()), 'Lead', { storage });
    const later = await describeSObject(connectTo(fakeOrg()), 'Lead', { storage });

    expect(later.name).toBe('Lead');
    expect(org.usage.describeBodies).toBe(1);
  });

  it('downloads the new body when the metadata changed since it was cached', async () => {
    const { org } = fakeOrg();
    const storage = memoryDescribeStorage();
    const client = createSalesforceClient(connectTo(fakeOrg()), { describeStorage: storage });
    await client.describe('Support_Plan__c');

    const current = org.metadata.describe('Support_Plan__c');
    if (!current) throw new Error('fake org lacks Support_Plan__c');
    const addedField = { ...current.fields.find((f) => f.name === 'Seats__c')!, name: 'Region__c', label: 'Region' };
    org.metadata.define({ ...current, fields: [...current.fields, addedField] }, new Date(Date.now() + 60_000));

    const refreshed = await client.describe('Support_Plan__c');
    expect(refreshed.fields.map((f) => f.name)).toContain('Region__c');
    expect(org.usage.describeBodies).toBe(2);
    // And the new body is what the cache now holds.
    await client.describe('Support_Plan__c');
    expect(org.usage.describeBodies).toBe(2);
  });

  it('force bypasses the cache and stores the fresh body', async () => {
    const { org } = fakeOrg();
    const storage = memoryDescribeStorage();
    const client = createSalesforceClient(connectTo(fakeOrg()), { describeStorage: storage });
    await client.describe('Contact');
    await client.describe('Contact', { force: true });
    expect(org.usage.describeBodies).toBe(2);
    await client.describe('Contact');
    expect(org.usage.describeBodies).toBe(2);
  });

  it('keeps orgs apart: a describe cached for one instance is never used to revalidate another', async () => {
    const harness = fakeOrg();
    const storage = memoryDescribeStorage();
    const cached = await describeSObject(connectTo(harness), 'Contact', { storage });
    const otherUrl = 'https://other-org.my.salesforce.com';
    const sentValidators: (string | null)[] = [];
    harness.server.use(
      http.get(`${otherUrl}/services/data/v62.0/sobjects/Contact/describe`, ({ request }) => {
        sentValidators.push(request.headers.get('If-Modified-Since'));
        return HttpResponse.json({ ...cached, label: 'Other org contact' });
      }),
    );

    const other = await describeSObject(connectTo(harness, { instanceUrl: otherUrl }), 'Contact', { storage });
    expect(other.label).toBe('Other org contact');
    expect(sentValidators).toEqual([null]);
  });

  it('ignores a corrupt cache entry and downloads the body again', async () => {
    const { org } = fakeOrg();
    const storage = memoryDescribeStorage();
    const client = createSalesforceClient(connectTo(fakeOrg()), { describeStorage: storage });
    await client.describe('Case');
    expect(storage.size).toBe(1);
    const key = `sf-describe:v1:${org.instanceUrl}:62.0:case`;
    expect(storage.getItem(key)).not.toBeNull();
    storage.setItem(key, '{"validator":"Mon, 01 Jan 2024 00:00:00 GMT","body":{"name":"Case"}}');

    const again = await client.describe('Case');
    expect(again.fields.length).toBeGreaterThan(5);
    expect(org.usage.describeBodies).toBe(2);
  });

  it('maps an unknown object to NOT_FOUND and rejects names that are not API names before sending', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connectTo(fakeOrg()));
    await expect(client.describe('Nope__c')).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    const served = org.usage.served;
    await expect(client.describe('Contact/../../limits')).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(org.usage.served).toBe(served);
  });
});

describe('describeGlobal', () => {
  it('lists the org objects, custom ones included', async () => {
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const global = await client.describeGlobal();
    const names = global.sobjects.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Contact', 'Lead', 'Account_Service_Request__c', 'acme__Widget__c']));
    expect(global.sobjects.find((s) => s.name === 'Support_Plan__c')).toMatchObject({ custom: true, keyPrefix: 'a02' });
  });

  it('is cached and revalidated like describe', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connectTo(fakeOrg()), { describeStorage: memoryDescribeStorage() });
    const statuses = recordStatuses(fakeOrg().server);
    const first = await client.describeGlobal();
    const second = await client.describeGlobal();
    expect(second).toEqual(first);
    expect(statuses).toEqual([200, 304]);
    expect(org.usage.served).toBe(2);
  });
});
