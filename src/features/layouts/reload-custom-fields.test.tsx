// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { createSalesforceClient, memoryDescribeStorage } from '../../salesforce';
import { connectTo } from '../../../test/salesforce/support';
import { customChildren } from './settings-objects';
import { addContactChildObject } from './test-support/custom-objects';
import { memoryCompanyLayoutStore } from './test-support/memory-company-layout-store';
import { renderFieldSettings } from './test-support/render-field-settings';
import { admin } from './test-support/teammates';

const fakeOrg = withFakeOrg();
afterEach(() => localStorage.clear());

describe('Reload custom fields', () => {
  it('shows a custom object an admin added after the screen opened', async () => {
    const { user } = await renderFieldSettings(fakeOrg(), admin, memoryCompanyLayoutStore());
    const picker = screen.getByRole('combobox', { name: 'Object' });
    await within(picker).findByRole('option', { name: 'Support Plan' });
    addContactChildObject(fakeOrg(), 'Feedback__c', 'Feedback', [{ name: 'Score__c', label: 'Score', type: 'double', required: true }]);
    expect(within(picker).queryByRole('option', { name: 'Feedback' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reload custom fields' }));
    expect(await screen.findByText('Objects and fields reloaded from Salesforce.')).toBeInTheDocument();
    expect(within(within(picker).getByRole('group', { name: 'Contact' })).getByRole('option', { name: 'Feedback' })).toBeInTheDocument();

    await user.selectOptions(picker, 'Feedback');
    await user.type(screen.getByRole('searchbox', { name: 'Search fields' }), 'score');
    expect(screen.getByRole('checkbox', { name: 'Show Score' })).toHaveAccessibleDescription('Score__c · Number, required');
  });

  it('relies on a fake org whose describe revalidation notices the new object even without a reload', async () => {
    const client = createSalesforceClient(connectTo(fakeOrg()), { describeStorage: memoryDescribeStorage() });
    const before = await client.describe('Contact');
    expect(customChildren(before)).not.toContain('Feedback__c');
    addContactChildObject(fakeOrg(), 'Feedback__c', 'Feedback');
    expect(customChildren(await client.describe('Contact'))).toContain('Feedback__c');
  });
});
