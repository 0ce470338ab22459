// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { convertButton, openConvertScreen } from './test-support/convert-harness';

const fakeOrg = withFakeOrg();

describe('ConvertLeadScreen: loading', () => {
  it('loads the Lead, the converted statuses and the Account suggestions in one API call', async () => {
    const harness = fakeOrg();
    const before = harness.org.usage.served;
    await openConvertScreen(harness, 'Rivera');
    await convertButton();

    expect(harness.org.usage.served - before).toBe(1);
    expect(screen.getByRole('combobox', { name: /Converted status/ })).toHaveValue('Closed - Converted');
    expect(screen.getByRole('radio', { name: 'Create new account: Brightwave Media' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Use Brightwave Media/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Opportunity name/ })).toHaveValue('Brightwave Media-');
    expect(screen.getByRole('combobox', { name: 'Record owner' })).toHaveValue('Ines Duarte');
  });

  it('finds suggestions from the Lead itself when the panel gave no hint, at the cost of a second call', async () => {
    const harness = fakeOrg();
    const before = harness.org.usage.served;
    await openConvertScreen(harness, 'Rivera', { hint: false });

    expect(await screen.findByRole('radio', { name: /Use Brightwave Media/ })).toBeChecked();
    expect(harness.org.usage.served - before).toBe(2);
  });

  it('suggests nothing by a free-mail domain and starts with a new account', async () => {
    await openConvertScreen(fakeOrg(), 'Baker');
    await convertButton();

    expect(screen.getByRole('radio', { name: 'Create new account: Tom Baker Builds' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: /^Use (?!another)/ })).not.toBeInTheDocument();
  });

  it('shows a Lead already converted instead of the form', async () => {
    await openConvertScreen(fakeOrg(), 'Lindqvist');

    expect(await screen.findByText(/This lead was already converted on .* into Grace Lindqvist at Evergreen Energy Co-op/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Convert' })).not.toBeInTheDocument();
  });

  it('explains that an org without a converted Lead Status cannot convert', async () => {
    const harness = fakeOrg();
    for (const status of harness.org.records.all('LeadStatus')) harness.org.updateTrusted(status.Id, { IsConverted: false });
    await openConvertScreen(harness, 'Wright');

    expect(await screen.findByRole('alert')).toHaveTextContent("Leads can't be converted in this Salesforce org yet.");
    expect(screen.queryByRole('button', { name: 'Convert' })).not.toBeInTheDocument();
  });

  it('offers to sign in again when the session ended before the Lead loaded, then shows the form', async () => {
    const harness = fakeOrg();
    harness.org.faults.expiredSession = true;
    const signIn = vi.fn(() => {
      harness.org.faults.expiredSession = false;
      return Promise.resolve();
    });
    const { user } = await openConvertScreen(harness, 'Wright', { signIn });

    await user.click(await screen.findByRole('button', { name: 'Sign in again' }));
    expect(await convertButton()).toBeEnabled();
    expect(signIn).toHaveBeenCalledOnce();
  });
});
