// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { memoryCompanyLayoutStore } from './test-support/memory-company-layout-store';
import { cardFieldsAfterReload, editCompanyLayout, renderFieldSettings, shownFieldLabels } from './test-support/render-field-settings';
import { admin, agent } from './test-support/teammates';

const fakeOrg = withFakeOrg();
afterEach(() => localStorage.clear());

describe('FieldSettingsScreen says whose layout it edits', () => {
  it('tells a teammate these are their own fields, with no company layout to switch to', async () => {
    await renderFieldSettings(fakeOrg(), agent, memoryCompanyLayoutStore());
    expect(screen.getByRole('heading', { name: 'Your fields' })).toBeInTheDocument();
    expect(screen.getByText('Save keeps these fields for you, on top of the company layout.')).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Company layout' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save for all' })).not.toBeInTheDocument();
  });

  it('lets an admin edit the company layout apart from their own fields, each saved its own way', async () => {
    const store = memoryCompanyLayoutStore({ objects: { Contact: ['Name', 'Email', 'Title'] } });
    const mine = await renderFieldSettings(fakeOrg(), admin, store);
    expect(screen.getByRole('radio', { name: 'Your fields' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Save for all' })).not.toBeInTheDocument();
    await waitFor(() => expect(shownFieldLabels()).toEqual(['Full Name', 'Email', 'Title']));
    await mine.user.click(screen.getByRole('searchbox', { name: 'Search fields' }));
    await mine.user.paste('Department');
    await mine.user.click(screen.getByRole('checkbox', { name: 'Show Department' }));
    await mine.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(mine.onClose).toHaveBeenCalled());
    mine.unmount();

    const { user, onClose } = await renderFieldSettings(fakeOrg(), admin, store);
    expect(shownFieldLabels()).toEqual(['Full Name', 'Email', 'Title', 'Department']);
    await editCompanyLayout(user);
    expect(screen.getByRole('radiogroup', { name: 'Layout to edit' })).toHaveAccessibleDescription(/^Save for all sets these fields for everyone/);
    expect(shownFieldLabels()).toEqual(['Full Name', 'Email', 'Title']);
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset to company layout' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Title' }));
    await user.click(screen.getByRole('button', { name: 'Save for all' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(store.current?.objects.Contact).toEqual(['Name', 'Email']);
    expect(await cardFieldsAfterReload(fakeOrg(), admin, store)).toEqual(['Name', 'Email', 'Department']);
  });

  it('keeps the unsaved edits of each layout while the admin switches between them', async () => {
    const { user } = await renderFieldSettings(fakeOrg(), admin, memoryCompanyLayoutStore());
    await user.click(screen.getByRole('button', { name: 'Remove Title' }));
    await editCompanyLayout(user);
    expect(shownFieldLabels()).toContain('Title');
    await user.click(screen.getByRole('button', { name: 'Remove Owner' }));
    await user.click(screen.getByRole('radio', { name: 'Your fields' }));
    expect(shownFieldLabels()).not.toContain('Title');
    expect(shownFieldLabels()).toContain('Owner');
  });
});
