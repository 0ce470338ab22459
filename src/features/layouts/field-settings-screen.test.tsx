// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SalesforceError } from '../../salesforce';
import type { CompanyLayoutStore } from './layout-types';
import { memoryCompanyLayoutStore } from './test-support/memory-company-layout-store';
import { cardFieldsAfterReload, editCompanyLayout, renderFieldSettings, shownFieldLabels } from './test-support/render-field-settings';
import { admin, agent } from './test-support/teammates';
import type { HostTeammate } from '../../host';
import { blockingViolations } from '../../../test/support/axe';

const fakeOrg = withFakeOrg();
afterEach(() => localStorage.clear());

const CONTACT_DEFAULT = ['Full Name', 'Title', 'Account', 'Email', 'Business Phone', 'Mobile Phone', 'Lead Source', 'Owner'];

const cardFields = (teammate: HostTeammate, store: CompanyLayoutStore) => cardFieldsAfterReload(fakeOrg(), teammate, store);

describe('FieldSettingsScreen', () => {
  it('offers each object with its own custom objects under it, but not Notes or a managed package’s objects', async () => {
    await renderFieldSettings(fakeOrg(), agent, memoryCompanyLayoutStore());
    const picker = screen.getByRole('combobox', { name: 'Object' });
    await within(picker).findByRole('option', { name: 'Support Plan' });
    const contactGroup = within(within(picker).getByRole('group', { name: 'Contact' }));
    expect(contactGroup.getAllByRole('option').map((option) => option.textContent)).toEqual(['Contact', 'Support Plan']);
    expect(within(picker).getByRole('group', { name: 'Account' })).toHaveTextContent('Account Service Request');
    expect(within(picker).getByRole('group', { name: 'Related records' })).toHaveTextContent('OpportunityTaskCase');
    expect(within(picker).queryByRole('option', { name: 'Widget' })).not.toBeInTheDocument();
    expect(within(picker).queryByRole('option', { name: 'Note' })).not.toBeInTheDocument();
  });

  it('finds fields by label or API name, showing their type and whether they are required', async () => {
    const { user } = await renderFieldSettings(fakeOrg(), agent, memoryCompanyLayoutStore());
    const search = screen.getByRole('searchbox', { name: 'Search fields' });
    const fields = () => within(screen.getByRole('list', { name: 'Fields of Contact' }));
    await user.type(search, 'phone');
    expect(fields().getByRole('checkbox', { name: 'Show Home Phone' })).not.toBeChecked();
    expect(fields().getByRole('checkbox', { name: 'Show Mobile Phone' })).toBeChecked();
    expect(fields().queryByRole('checkbox', { name: 'Show Title' })).not.toBeInTheDocument();
    expect(screen.getByText(/^5 of \d+ fields match$/)).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'lastname');
    expect(fields().getByRole('checkbox', { name: 'Show Last Name' })).toHaveAccessibleDescription('LastName · Text, required');
    await user.clear(search);
    await user.type(search, 'ReportsTo');
    expect(fields().getByRole('checkbox', { name: 'Show Reports To' })).toHaveAccessibleDescription('ReportsToId · Lookup (Contact)');
    await user.type(search, 'zzz');
    expect(screen.queryByRole('list', { name: 'Fields of Contact' })).not.toBeInTheDocument();
    expect(screen.getByText(/^0 of \d+ fields match$/)).toBeInTheDocument();
  });

  it('adds and removes fields with their checkboxes, and keeps my layout after a reload', async () => {
    const store = memoryCompanyLayoutStore();
    const { user, onClose } = await renderFieldSettings(fakeOrg(), agent, store);
    expect(shownFieldLabels()).toEqual(CONTACT_DEFAULT);
    await user.type(screen.getByRole('searchbox', { name: 'Search fields' }), 'birth');
    await user.click(screen.getByRole('checkbox', { name: 'Show Birthdate' }));
    await user.click(screen.getByRole('button', { name: 'Remove Mobile Phone' }));
    expect(shownFieldLabels()).toEqual(['Full Name', 'Title', 'Account', 'Email', 'Business Phone', 'Lead Source', 'Owner', 'Birthdate']);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(store.current).toBeUndefined();
    expect(await cardFields(agent, store)).toEqual(['Name', 'Title', 'AccountId', 'Email', 'Phone', 'LeadSource', 'OwnerId', 'Birthdate']);
  });

  it('reorders from the keyboard, announcing each move and keeping focus on the button', async () => {
    const { user, onClose } = await renderFieldSettings(fakeOrg(), agent, memoryCompanyLayoutStore());
    screen.getByRole('button', { name: 'Move Email up' }).focus();
    await user.keyboard('{Enter}{Enter}');
    expect(shownFieldLabels().slice(0, 4)).toEqual(['Full Name', 'Email', 'Title', 'Account']);
    expect(screen.getByText('Email moved to position 2 of 8.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move Email up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(shownFieldLabels()[0]).toBe('Email');
    expect(screen.getByRole('button', { name: 'Move Email up' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await cardFields(agent, memoryCompanyLayoutStore())).slice(0, 2)).toEqual(['Email', 'Name']);
  });

  it('offers Save for all to Front admins only', async () => {
    await renderFieldSettings(fakeOrg(), agent, memoryCompanyLayoutStore());
    expect(screen.queryByRole('button', { name: 'Save for all' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it("sets the company layout with Save for all, never removing a field a teammate added", async () => {
    const store = memoryCompanyLayoutStore();
    const asAgent = await renderFieldSettings(fakeOrg(), agent, store);
    await asAgent.user.type(screen.getByRole('searchbox', { name: 'Search fields' }), 'Department');
    await asAgent.user.click(screen.getByRole('checkbox', { name: 'Show Department' }));
    await asAgent.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(asAgent.onClose).toHaveBeenCalled());
    asAgent.unmount();

    const asAdmin = await renderFieldSettings(fakeOrg(), admin, store);
    await editCompanyLayout(asAdmin.user);
    expect(shownFieldLabels()).not.toContain('Department');
    for (const label of ['Title', 'Lead Source', 'Owner']) await asAdmin.user.click(screen.getByRole('button', { name: `Remove ${label}` }));
    await asAdmin.user.click(screen.getByRole('button', { name: 'Save for all' }));
    await waitFor(() => expect(asAdmin.onClose).toHaveBeenCalled());
    expect(store.current?.objects.Contact).toEqual(['Name', 'AccountId', 'Email', 'Phone', 'MobilePhone']);
    expect(store.current?.updatedBy).toBe('Sam Rivera');
    asAdmin.unmount();

    expect(await cardFields(agent, store)).toEqual(['Name', 'AccountId', 'Email', 'Phone', 'MobilePhone', 'Department']);
  });

  it('explains a failed Save for all and keeps the edits', async () => {
    const store = memoryCompanyLayoutStore();
    store.failNextSave(new SalesforceError({ code: 'INSUFFICIENT_ACCESS_OR_READONLY', status: 403 }));
    const { user, onClose } = await renderFieldSettings(fakeOrg(), admin, store);
    await editCompanyLayout(user);
    await user.click(screen.getByRole('button', { name: 'Remove Title' }));
    await user.click(screen.getByRole('button', { name: 'Save for all' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("You don't have permission to do this in Salesforce.");
    expect(onClose).not.toHaveBeenCalled();
    expect(shownFieldLabels()).not.toContain('Title');
    expect(store.current).toBeUndefined();
  });

  it('resets my changes to the company layout', async () => {
    const store = memoryCompanyLayoutStore({ objects: { Contact: ['Name', 'Email', 'Title'] } });
    const first = await renderFieldSettings(fakeOrg(), agent, store);
    await waitFor(() => expect(shownFieldLabels()).toEqual(['Full Name', 'Email', 'Title']));
    await first.user.click(screen.getByRole('button', { name: 'Remove Email' }));
    await first.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(first.onClose).toHaveBeenCalled());
    first.unmount();

    const { user } = await renderFieldSettings(fakeOrg(), agent, store);
    await waitFor(() => expect(shownFieldLabels()).toEqual(['Full Name', 'Title']));
    await user.click(screen.getByRole('button', { name: 'Reset to company layout' }));
    expect(await screen.findByText('Contact fields now follow the company layout.')).toBeInTheDocument();
    expect(shownFieldLabels()).toEqual(['Full Name', 'Email', 'Title']);
    expect(await cardFields(agent, store)).toEqual(['Name', 'Email', 'Title']);
  });

  it('has no serious or critical accessibility violations', async () => {
    const { container, user } = await renderFieldSettings(fakeOrg(), admin, memoryCompanyLayoutStore());
    await user.type(screen.getByRole('searchbox', { name: 'Search fields' }), 'a');
    expect(await blockingViolations(container)).toEqual([]);
  });

  it('keeps unsaved edits of each object while I switch between them', async () => {
    const { user } = await renderFieldSettings(fakeOrg(), agent, memoryCompanyLayoutStore());
    await user.click(screen.getByRole('button', { name: 'Remove Title' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Object' }), 'Support Plan');
    expect(await screen.findByRole('list', { name: 'Fields of Support Plan' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Object' }), 'Contact');
    expect(shownFieldLabels()).not.toContain('Title');
  });
});
