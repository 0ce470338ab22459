import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import { renderWithOrg, staticHost } from '../../../../test/support/render-with-org';
import type { HostTeammate } from '../../../host';
import type { CompanyLayoutStore } from '../layout-types';
import { CompanyLayoutStoreProvider } from '../company-layout-store-context';
import { FieldSettingsScreen } from '../field-settings-screen';
import { LayoutProbe } from './layout-probe';
import { contextOf } from './teammates';

/**
 * The settings screen as the app shows it, against the fake org, for one teammate. Without `store` the company
 * layout lives where the app keeps it: the shared file in the fake org's Salesforce Files.
 */
export async function renderFieldSettings(harness: FakeOrgHarness, teammate: HostTeammate, store?: CompanyLayoutStore) {
  const onClose = vi.fn();
  const user = userEvent.setup();
  const ui = <FieldSettingsScreen onClose={onClose} />;
  const rendered = renderWithOrg(store ? <CompanyLayoutStoreProvider store={store}>{ui}</CompanyLayoutStoreProvider> : ui, harness, {
    host: staticHost(contextOf(teammate)),
  });
  await screen.findByRole('list', { name: /^Fields of / });
  return { ...rendered, user, onClose };
}

/** The card's fields as the screen lists them, in order. */
export function shownFieldLabels(): string[] {
  const list = screen.getByRole('list', { name: 'Shown on the card' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.layouts-chosen-label')?.textContent ?? '');
}

/** An admin turns from their own fields to the company layout, which Save for all sets. */
export async function editCompanyLayout(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('radio', { name: 'Company layout' }));
}

/** A teammate's card fields after a page reload: a new cache, reading only what was stored. */
export async function cardFieldsAfterReload(harness: FakeOrgHarness, teammate: HostTeammate, store: CompanyLayoutStore, sobject = 'Contact') {
  renderWithOrg(
    <CompanyLayoutStoreProvider store={store}>
      <LayoutProbe sobject={sobject} />
    </CompanyLayoutStoreProvider>,
    harness,
    { host: staticHost(contextOf(teammate)) },
  );
  const list = await screen.findByRole('list', { name: `${sobject} card fields` });
  return within(list).getAllByRole('listitem').map((item) => item.textContent);
}
