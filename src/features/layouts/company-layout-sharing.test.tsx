// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { renderWithOrg, staticHost } from '../../../test/support/render-with-org';
import { LayoutProbe } from './test-support/layout-probe';
import { editCompanyLayout, renderFieldSettings, shownFieldLabels } from './test-support/render-field-settings';
import { admin, agent, contextOf } from './test-support/teammates';

// The company layout as the app stores it: a file in the org's Salesforce Files, read by every teammate.
const fakeOrg = withFakeOrg();
afterEach(() => localStorage.clear());

describe('the company layout shared through the org', () => {
  it("reaches a teammate in another browser after an admin's Save for all", async () => {
    const { user, onClose, unmount } = await renderFieldSettings(fakeOrg(), admin);
    await editCompanyLayout(user);
    await user.click(screen.getByRole('button', { name: 'Remove Mobile Phone' }));
    await user.click(screen.getByRole('button', { name: 'Move Email up' }));
    await user.click(screen.getByRole('button', { name: 'Save for all' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    unmount();
    // Another browser: nothing of the admin's in its storage.
    localStorage.clear();

    renderWithOrg(<LayoutProbe sobject="Contact" />, fakeOrg(), { host: staticHost(contextOf(agent)) });
    const card = await screen.findByRole('list', { name: 'Contact card fields' });
    const shown = () => within(card).getAllByRole('listitem').map((item) => item.textContent);
    await waitFor(() => expect(shown()).toEqual(['Name', 'Title', 'Email', 'AccountId', 'Phone', 'LeadSource', 'OwnerId']));
  });

  it('tells an admin who may not upload files which permission Save for all needs, and keeps the edits', async () => {
    fakeOrg().org.faults.readOnlyObjects = ['ContentVersion'];
    const { user, onClose } = await renderFieldSettings(fakeOrg(), admin);
    await editCompanyLayout(user);
    await user.click(screen.getByRole('button', { name: 'Remove Title' }));
    await user.click(screen.getByRole('button', { name: 'Save for all' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Saving for everyone needs permission to upload and share files in Salesforce Files.');
    expect(onClose).not.toHaveBeenCalled();
    expect(shownFieldLabels()).not.toContain('Title');
  });
});
