// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { convertButton, leadNow, openConvertScreen, seededRecord } from './test-support/convert-harness';

const fakeOrg = withFakeOrg();

/** Searches a LookupInput and picks the first match with the keyboard, as an agent would. */
async function pickFromLookup(user: UserEvent, name: RegExp | string, term: string, option: string) {
  const input = screen.getByRole('combobox', { name });
  await user.clear(input);
  await user.type(input, term);
  await screen.findByRole('option', { name: new RegExp(option) });
  await user.keyboard('{ArrowDown}{Enter}');
  await waitFor(() => expect(input).toHaveValue(option));
}

describe('ConvertLeadScreen: converting', () => {
  it('converts into a new Account with the named Opportunity, and reports what it created', async () => {
    const harness = fakeOrg();
    const { lead, onDone, user } = await openConvertScreen(harness, 'Wright');
    const convert = await convertButton();
    await user.type(screen.getByRole('textbox', { name: /Opportunity name/ }), 'Tents');
    await user.click(convert);

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const converted = leadNow(harness, lead.Id);
    expect(converted).toMatchObject({ IsConverted: true, Status: 'Closed - Converted' });
    const contact = harness.org.records.get(String(converted.ConvertedContactId));
    const account = harness.org.records.get(String(converted.ConvertedAccountId));
    const opportunity = harness.org.records.get(String(converted.ConvertedOpportunityId));
    expect(contact).toMatchObject({ LastName: 'Wright', AccountId: account?.Id, OwnerId: lead.OwnerId });
    expect(account).toMatchObject({ Name: 'Summit Peak Outdoor' });
    expect(opportunity).toMatchObject({ Name: 'Summit Peak Outdoor-Tents', AccountId: account?.Id });
    expect(onDone).toHaveBeenCalledWith({ contactId: contact?.Id, accountId: account?.Id, opportunityId: opportunity?.Id });
  });

  it('creates no Opportunity when asked not to', async () => {
    const harness = fakeOrg();
    const opportunitiesBefore = harness.org.records.all('Opportunity').length;
    const { lead, onDone, user } = await openConvertScreen(harness, 'Wright');
    await user.click(await screen.findByRole('checkbox', { name: "Don't create an opportunity" }));
    expect(screen.getByRole('textbox', { name: /Opportunity name/ })).toBeDisabled();
    await user.click(await convertButton());

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ opportunityId: null })));
    expect(leadNow(harness, lead.Id)).toMatchObject({ IsConverted: true, ConvertedOpportunityId: null });
    expect(harness.org.records.all('Opportunity')).toHaveLength(opportunitiesBefore);
  });

  it('converts into the suggested existing Account without creating another', async () => {
    const harness = fakeOrg();
    const brightwave = seededRecord(harness, 'Account', 'Brightwave Media');
    const accountsBefore = harness.org.records.all('Account').length;
    const { lead, onDone, user } = await openConvertScreen(harness, 'Rivera');
    await user.click(await screen.findByRole('checkbox', { name: "Don't create an opportunity" }));
    await user.click(await convertButton());

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const converted = leadNow(harness, lead.Id);
    expect(converted.ConvertedAccountId).toBe(brightwave.Id);
    expect(harness.org.records.get(String(converted.ConvertedContactId))).toMatchObject({ LastName: 'Rivera', AccountId: brightwave.Id });
    expect(harness.org.records.all('Account')).toHaveLength(accountsBefore);
  });

  it('converts into an Account found by search, owned by the user picked as owner', async () => {
    const harness = fakeOrg();
    const acme = seededRecord(harness, 'Account', 'Acme Robotics');
    const noah = seededRecord(harness, 'User', 'Noah Fischer');
    const { lead, onDone, user } = await openConvertScreen(harness, 'Wright');
    await user.click(await screen.findByRole('radio', { name: 'Use another existing account' }));
    await pickFromLookup(user, /Existing account/, 'Acme', 'Acme Robotics');
    await pickFromLookup(user, 'Record owner', 'Noah', 'Noah Fischer');
    await user.click(await convertButton());

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const converted = leadNow(harness, lead.Id);
    expect(converted.ConvertedAccountId).toBe(acme.Id);
    expect(harness.org.records.get(String(converted.ConvertedContactId))).toMatchObject({ AccountId: acme.Id, OwnerId: noah.Id });
    expect(harness.org.records.get(String(converted.ConvertedOpportunityId))).toMatchObject({ OwnerId: noah.Id, AccountId: acme.Id });
  });

  it('goes back without converting', async () => {
    const harness = fakeOrg();
    const { lead, onCancel, user } = await openConvertScreen(harness, 'Wright');
    await convertButton();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(onCancel).toHaveBeenCalledOnce();
    expect(leadNow(harness, lead.Id).IsConverted).not.toBe(true);
  });
});
