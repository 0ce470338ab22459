// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { addContactChildObject, numberedFields } from './test-support/custom-objects';
import { memoryCompanyLayoutStore } from './test-support/memory-company-layout-store';
import { renderFieldSettings } from './test-support/render-field-settings';
import { agent } from './test-support/teammates';

const fakeOrg = withFakeOrg();
afterEach(() => localStorage.clear());

describe('FieldSettingsScreen with an object of 800 fields', () => {
  it('lists them all through a window of rows, and filters them by label or API name', async () => {
    addContactChildObject(fakeOrg(), 'Survey_Answer__c', 'Survey Answer', numberedFields(800));
    const { user } = await renderFieldSettings(fakeOrg(), agent, memoryCompanyLayoutStore());
    const picker = screen.getByRole('combobox', { name: 'Object' });
    await within(picker).findByRole('option', { name: 'Survey Answer' });
    await user.selectOptions(picker, 'Survey Answer');

    const list = await screen.findByRole('list', { name: 'Fields of Survey Answer' });
    const total = Number(/^(\d+) fields$/.exec(screen.getByText(/^\d+ fields$/).textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(800);
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]).toHaveAttribute('aria-setsize', String(total));

    const search = screen.getByRole('searchbox', { name: 'Search fields' });
    await user.type(search, 'Field 799');
    expect(screen.getByText(`1 of ${total} fields match`)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show Field 799' }));
    expect(screen.getByRole('button', { name: 'Move Field 799 up' })).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'field_042');
    const matches = within(screen.getByRole('list', { name: 'Fields of Survey Answer' })).getAllByRole('checkbox');
    expect(matches.map((checkbox) => checkbox.getAttribute('aria-label'))).toEqual(Array.from({ length: 10 }, (_, i) => `Show Field ${420 + i}`));
  });
});
