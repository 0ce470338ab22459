import { describe, expect, it } from 'vitest';
import { createSalesforceClient } from '../../src/salesforce';
import { withFakeOrg } from '../support/fake-org';
import { connectTo } from './support';

const fakeOrg = withFakeOrg();

describe('limits', () => {
  it('reads the org limits', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connectTo(fakeOrg()));
    const limits = await client.limits();
    expect(limits.DailyApiRequests).toMatchObject({ Max: org.usage.max });
    expect(limits.DailyApiRequests?.Remaining).toBeLessThanOrEqual(org.usage.max);
  });

  it('tracks API usage from the Sforce-Limit-Info header of each response, without extra calls', async () => {
    const { org } = fakeOrg();
    const client = createSalesforceClient(connectTo(fakeOrg()));
    expect(client.apiUsage()).toBeUndefined();
    await client.describe('Contact');
    expect(client.apiUsage()).toEqual({ used: 1, limit: org.usage.max });
    await client.describe('Lead');
    expect(client.apiUsage()).toEqual({ used: 2, limit: org.usage.max });
    expect(org.usage.served).toBe(2);
  });
});
