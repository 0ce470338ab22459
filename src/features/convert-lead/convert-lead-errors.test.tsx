// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { ERROR_COPY } from '../../salesforce';
import { convertButton, leadNow, openConvertScreen } from './test-support/convert-harness';

const fakeOrg = withFakeOrg();

describe('ConvertLeadScreen: when converting fails', () => {
  it('asks for an Opportunity name before sending anything, and focuses it', async () => {
    const harness = fakeOrg();
    const { lead, onDone, user } = await openConvertScreen(harness, 'Wright');
    const convert = await convertButton();
    const opportunityName = screen.getByRole('textbox', { name: /Opportunity name/ });
    await user.clear(opportunityName);
    await user.click(convert);

    expect(await screen.findByText('Enter a name for the opportunity.')).toBeInTheDocument();
    await waitFor(() => expect(opportunityName).toHaveFocus());
    expect(opportunityName).toHaveAttribute('aria-invalid', 'true');
    expect(onDone).not.toHaveBeenCalled();
    expect(leadNow(harness, lead.Id).IsConverted).not.toBe(true);
  });

  it('asks which existing account to use when "another account" has none chosen', async () => {
    const harness = fakeOrg();
    const { lead, user } = await openConvertScreen(harness, 'Wright');
    const convert = await convertButton();
    await user.click(screen.getByRole('radio', { name: 'Use another existing account' }));
    await user.click(convert);

    expect(await screen.findByText('Search for an account, or create a new one.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Existing account/ })).toHaveFocus());
    expect(leadNow(harness, lead.Id).IsConverted).not.toBe(true);
  });

  it('reports an exhausted API limit and keeps what the agent typed', async () => {
    const harness = fakeOrg();
    const { lead, onDone, user } = await openConvertScreen(harness, 'Wright');
    const convert = await convertButton();
    await user.type(screen.getByRole('textbox', { name: /Opportunity name/ }), 'Tents');
    harness.org.faults.apiLimitExhausted = true;
    await user.click(convert);

    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.userMessage);
    expect(screen.getByRole('textbox', { name: /Opportunity name/ })).toHaveValue('Summit Peak Outdoor-Tents');
    expect(convert).toBeEnabled();
    expect(onDone).not.toHaveBeenCalled();
    expect(leadNow(harness, lead.Id).IsConverted).not.toBe(true);
  });

  it('converts after the agent signs in again when the session expired', async () => {
    const harness = fakeOrg();
    const signIn = vi.fn(() => {
      harness.org.faults.expiredSession = false;
      return Promise.resolve();
    });
    const { lead, onDone, user } = await openConvertScreen(harness, 'Wright', { signIn });
    const convert = await convertButton();
    await user.type(screen.getByRole('textbox', { name: /Opportunity name/ }), 'Tents');
    harness.org.faults.expiredSession = true;
    await user.click(convert);

    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.INVALID_SESSION_ID.userMessage);
    expect(leadNow(harness, lead.Id).IsConverted).not.toBe(true);
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const converted = leadNow(harness, lead.Id);
    expect(converted.IsConverted).toBe(true);
    expect(harness.org.records.get(String(converted.ConvertedOpportunityId))).toMatchObject({ Name: 'Summit Peak Outdoor-Tents' });
  });

  it("shows Salesforce's reason when the converted status was removed after the form opened", async () => {
    const harness = fakeOrg();
    const { lead, onDone, user } = await openConvertScreen(harness, 'Wright');
    const convert = await convertButton();
    for (const status of harness.org.records.all('LeadStatus')) harness.org.updateTrusted(status.Id, { IsConverted: false });
    await user.click(convert);

    expect(await screen.findByRole('alert')).toHaveTextContent('invalid convertedStatus: Closed - Converted');
    expect(screen.getByRole('combobox', { name: /Converted status/ })).toHaveAttribute('aria-invalid', 'false');
    expect(onDone).not.toHaveBeenCalled();
    expect(leadNow(harness, lead.Id).IsConverted).not.toBe(true);
  });

  it('shows on the owner field why Salesforce refused the owner, and keeps the choice', async () => {
    const harness = fakeOrg();
    const noah = harness.org.records.all('User').find((user) => user.Name === 'Noah Fischer');
    const { lead, user } = await openConvertScreen(harness, 'Wright');
    const convert = await convertButton();
    const owner = screen.getByRole('combobox', { name: 'Record owner' });
    await user.clear(owner);
    await user.type(owner, 'Noah');
    await screen.findByRole('option', { name: /Noah Fischer/ });
    await user.keyboard('{ArrowDown}{Enter}');
    harness.org.records.delete(String(noah?.Id));
    await user.click(convert);

    expect(await screen.findByRole('alert')).toHaveTextContent('invalid cross reference id');
    await waitFor(() => expect(owner).toHaveFocus());
    expect(owner).toHaveAccessibleDescription(/invalid cross reference id/);
    expect(owner).toHaveValue('Noah Fischer');
    expect(leadNow(harness, lead.Id).IsConverted).not.toBe(true);
  });

  it('says the Lead was already converted when someone converted it after the form opened', async () => {
    const harness = fakeOrg();
    const { onDone, user } = await openConvertScreen(harness, 'Wright');
    const convert = await convertButton();
    const grace = harness.org.records.all('Lead').find((record) => record.LastName === 'Lindqvist');
    const wright = harness.org.records.all('Lead').find((record) => record.LastName === 'Wright');
    harness.org.updateTrusted(String(wright?.Id), { IsConverted: true, ConvertedContactId: grace?.ConvertedContactId, ConvertedDate: '2026-01-05' });
    await user.click(convert);

    expect(await screen.findByRole('alert')).toHaveTextContent(/This lead was already converted to the contact/);
    expect(onDone).not.toHaveBeenCalled();
  });
});
