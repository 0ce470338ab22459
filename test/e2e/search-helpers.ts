import type { FrameLocator } from '@playwright/test';

/** Opens a record from the search bar, as an agent would: type, then pick it in its group. */
export async function openFromSearch(plugin: FrameLocator, term: string, group: string, title: string): Promise<void> {
  await plugin.getByRole('combobox', { name: 'Search Salesforce' }).pressSequentially(term);
  await plugin
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('group', { name: group })
    .getByRole('option', { name: new RegExp(`^${title} `) })
    .click();
}
