// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { memoryCompanyLayoutStore } from './test-support/memory-company-layout-store';
import { renderFieldSettings } from './test-support/render-field-settings';
import { agent } from './test-support/teammates';

const fakeOrg = withFakeOrg();
afterEach(() => localStorage.clear());

const fields = () => within(screen.getByRole('list', { name: 'Fields of Contact' }));
const fieldCount = () => Number(/^(\d+) fields/.exec(screen.getByText(/^\d+ fields/).textContent ?? '')?.[1]);

describe('FieldSettingsScreen and the fields no agent reads', () => {
  it('leaves system fields out of All fields until I ask for all of them', async () => {
    const { user } = await renderFieldSettings(fakeOrg(), agent, memoryCompanyLayoutStore());
    const showAll = screen.getByRole('checkbox', { name: 'Show all fields' });
    expect(showAll).not.toBeChecked();
    expect(showAll).toHaveAccessibleDescription(/^\d+ system fields \(ids, audit and Data\.com fields\) are left out\.$/);
    const usual = fieldCount();

    const search = screen.getByRole('searchbox', { name: 'Search fields' });
    for (const label of ['Contact ID', 'Deleted', 'Data.com Key', 'Clean Status', 'Modstamp', 'Photo URL']) {
      await user.clear(search);
      await user.paste(label);
      // No match listed, and the count says where they are.
      expect(screen.getByText(/^0 of \d+ fields match; [12] more among system fields$/)).toBeInTheDocument();
    }
    await user.clear(search);
    await user.paste('created');
    expect(fields().getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual(['Show Created Date']);
    expect(screen.getByText(`1 of ${usual} fields match; 1 more among system fields`)).toBeInTheDocument();

    await user.click(showAll);
    expect(fields().getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual(['Show Created By', 'Show Created Date']);
    await user.clear(search);
    expect(fieldCount()).toBeGreaterThan(usual);
    await user.paste('Data.com');
    expect(fields().getByRole('checkbox', { name: 'Show Data.com Key' })).not.toBeChecked();
  });

  it('keeps a system field listed while it is on the card, and after I untick it', async () => {
    const store = memoryCompanyLayoutStore({ objects: { Contact: ['Name', 'Email', 'CreatedById'] } });
    const { user } = await renderFieldSettings(fakeOrg(), agent, store);
    await user.type(screen.getByRole('searchbox', { name: 'Search fields' }), 'created');
    const createdBy = await fields().findByRole('checkbox', { name: 'Show Created By' });
    expect(createdBy).toBeChecked();

    await user.click(createdBy);
    expect(fields().getByRole('checkbox', { name: 'Show Created By' })).not.toBeChecked();
    expect(screen.queryByRole('button', { name: 'Remove Created By' })).not.toBeInTheDocument();
  });
});
