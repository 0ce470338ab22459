import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../test/support/fake-org';
import { createSalesforceClient } from './client';
import { createSalesforceConnection } from './connection';
import { forgetDescribes, memoryDescribeStorage } from './describe-storage';

const fakeOrg = withFakeOrg();

describe('forgetDescribes', () => {
  it('removes every describe one org cached and leaves other orgs’ alone', async () => {
    const harness = fakeOrg();
    const storage = memoryDescribeStorage();
    const client = createSalesforceClient(createSalesforceConnection({ instanceUrl: harness.instanceUrl, accessToken: harness.accessToken }), {
      describeStorage: storage,
    });
    await client.describe('Contact');
    await client.describeGlobal();
    storage.setItem('sf-describe:v1:https://other.my.salesforce.com:62.0:contact', '{}');
    storage.setItem('sfsb:choice:org:user:maya@acme.example', '003');
    expect(storage.size).toBe(4);

    forgetDescribes(storage, harness.instanceUrl);

    expect(storage.size).toBe(2);
    expect(storage.getItem('sf-describe:v1:https://other.my.salesforce.com:62.0:contact')).toBe('{}');
    expect(storage.getItem('sfsb:choice:org:user:maya@acme.example')).toBe('003');
  });
});
