import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../support/fake-org';
import { readFixture } from '../support/fixtures';
import { rest } from '../support/rest';

const fakeOrg = withFakeOrg();

// The recorded v51 Account: an org without state and country picklists, like this one (no *Code components).
const recorded = readFixture<{ BillingAddress: Record<string, unknown>; ShippingAddress: null }>('record-Account-v51-swiftlysalesforce.json');

describe('fake org REST: compound address fields', () => {
  it('reads every field its describe lists, compound addresses as one object or null', async () => {
    const harness = fakeOrg();
    const account = harness.org.insertTrusted('Account', { Name: 'Address Co', BillingStreet: '621 West 6th Avenue', BillingCity: 'Anchorage', BillingState: 'AK' });
    const body = (await rest(harness, 'GET', `/sobjects/Account/${account.Id}`)).body as Record<string, unknown>;
    const describe = (await rest(harness, 'GET', '/sobjects/Account/describe')).body as { fields: Array<{ name: string }> };
    expect(Object.keys(body).sort()).toEqual(['attributes', ...describe.fields.map((f) => f.name)].sort());

    expect(Object.keys(body.BillingAddress as object)).toEqual(Object.keys(recorded.BillingAddress));
    expect(body.BillingAddress).toEqual({
      city: 'Anchorage', country: null, geocodeAccuracy: null, latitude: null, longitude: null, postalCode: null, state: 'AK', street: '621 West 6th Avenue',
    });
    expect(body.ShippingAddress).toBe(recorded.ShippingAddress);
  });

  it('serves Contact Mailing/Other and Lead addresses, also through ?fields=', async () => {
    const harness = fakeOrg();
    const contact = harness.org.insertTrusted('Contact', { LastName: 'Post', MailingCity: 'Oslo', MailingPostalCode: '0150', OtherStreet: '' });
    const read = (await rest(harness, 'GET', `/sobjects/Contact/${contact.Id}?fields=MailingAddress,OtherAddress`)).body;
    expect(read).toMatchObject({ MailingAddress: { city: 'Oslo', postalCode: '0150', street: null }, OtherAddress: null });

    const lead = harness.org.insertTrusted('Lead', { LastName: 'Lead', Company: 'L', Country: 'Norway' });
    expect((await rest(harness, 'GET', `/sobjects/Lead/${lead.Id}`)).body).toMatchObject({ Address: { country: 'Norway', city: null } });
  });

  it('gives SOQL the same object as a record read', async () => {
    const harness = fakeOrg();
    const contact = harness.org.insertTrusted('Contact', { LastName: 'Same', MailingStreet: '1 Main St', MailingCity: '' });
    const q = encodeURIComponent(`SELECT MailingAddress, OtherAddress FROM Contact WHERE Id = '${contact.Id}'`);
    const row = ((await rest(harness, 'GET', `/query?q=${q}`)).body as { records: Array<Record<string, unknown>> }).records[0]!;
    const read = (await rest(harness, 'GET', `/sobjects/Contact/${contact.Id}`)).body as Record<string, unknown>;
    expect(row.MailingAddress).toEqual(read.MailingAddress);
    expect(row.OtherAddress).toBeNull();
    expect(row.MailingAddress).toMatchObject({ street: '1 Main St', city: null });
  });
});
