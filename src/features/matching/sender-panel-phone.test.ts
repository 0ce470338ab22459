import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { parsePhone } from './phone';
import { accountNames, names, panelHarness } from './test-support/panel-harness';

const fakeOrg = withFakeOrg();

const phone = (raw: string) => {
  const parsed = parsePhone(raw, 'US');
  if (!parsed) throw new Error(`Not a phone number: ${raw}`);
  return { kind: 'phone' as const, ...parsed, raw };
};

describe('sender panel by phone, against the fake org', () => {
  it('finds Maya from an SMS number although Salesforce stores it as (415) 555-0134', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(phone('+14155550134'));
    expect(names(panel.people)).toEqual(['Maya Chen']);
    expect(panel.people[0]?.record.Phone).toBe(SEED_PEOPLE.rich.phone);
    expect(accountNames(panel)).toEqual([SEED_PEOPLE.rich.account]);
  });

  it.each(Object.values(SEED_PEOPLE.phones))('finds the $object stored as $value from its E.164 form', async ({ value, object, lastName, field }) => {
    const { e164 } = phone(value);
    const panel = await panelHarness(fakeOrg()).resolve(phone(e164));
    expect(panel.people).toHaveLength(1);
    expect(panel.people[0]?.sobject).toBe(object);
    expect(panel.people[0]?.record.Name).toMatch(new RegExp(`${lastName}$`));
    expect(panel.people[0]?.record[field]).toBe(value);
  });

  it('drops people whose number merely contains the digits in order, and their accounts', async () => {
    const { org } = fakeOrg();
    const cobalt = org.records.all('Account').find((account) => account.Name === 'Cobalt Financial Group');
    // +44 4155 5501 34 holds 4,1,5,5,5,5,0,1,3,4 in order, so the LIKE finds it; it is another number.
    org.insertTrusted('Contact', { LastName: 'Decoy', Phone: '+44 4155 5501 34', AccountId: cobalt?.Id });

    const panel = await panelHarness(fakeOrg()).resolve(phone('(415) 555-0134'));

    expect(names(panel.people)).toEqual(['Maya Chen']);
    expect(accountNames(panel)).toEqual([SEED_PEOPLE.rich.account]);
  });

  it('finds nothing, and does not fail, for a number nobody has', async () => {
    const panel = await panelHarness(fakeOrg()).resolve(phone('+1 212 555 0000'));
    expect(panel.people).toEqual([]);
    expect(panel.accountsById).toEqual({});
  });
});
