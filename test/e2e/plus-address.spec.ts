import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expectNoSeriousA11yViolations } from './a11y';
import { apiCallsServed, expect, openConversation, openDemo, test } from './fixtures';
import { card } from './people-helpers';

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MAYA_EMAIL_CONVERSATION = 'Robot arm calibration drifts after an hour';
// From maya.chen+billing@acme.example, an address no one in the demo org uses (see src/dev-host/conversations.json).
const MAYA_BILLING_CONVERSATION = 'Send the Acme invoices to our billing inbox';
const QUESTION = `Is this ${MAYA}, ${SEED_PEOPLE.rich.email}?`;

test.describe('a sender writing from a plus-tagged address', () => {
  test('is asked about in one API call, and once confirmed is Maya, on every visit', async ({ page }) => {
    const plugin = await openDemo(page);
    // Maya's own conversation first caches the describes: the tagged sender's cost is then the panel's alone.
    await openConversation(page, MAYA_EMAIL_CONVERSATION);
    await expect(card(plugin, MAYA)).toBeVisible();
    const before = await apiCallsServed(page);

    await openConversation(page, MAYA_BILLING_CONVERSATION);
    const question = plugin.getByRole('region', { name: QUESTION });
    await expect(question).toBeVisible();
    expect(await apiCallsServed(page)).toBe(before + 1);
    await expect(plugin.getByRole('button', { name: 'Create Contact' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'the question about a plus-tagged sender');

    await question.getByRole('button', { name: `Yes, show ${MAYA}` }).click();
    await expect(card(plugin, MAYA)).toBeVisible();
    await expect(card(plugin, SEED_PEOPLE.rich.account)).toBeVisible();

    await openConversation(page, MAYA_EMAIL_CONVERSATION);
    await openConversation(page, MAYA_BILLING_CONVERSATION);
    await expect(card(plugin, MAYA)).toBeVisible();
    await expect(question).toHaveCount(0);
  });

  test('declined, offers the usual options for a new person', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, MAYA_BILLING_CONVERSATION);

    await plugin.getByRole('button', { name: 'No, someone else' }).click();

    await expect(plugin.getByText('No Contact or Lead for maya.chen+billing@acme.example')).toBeVisible();
    await expect(plugin.getByRole('button', { name: 'Create Contact' })).toBeVisible();
    await expect(card(plugin, MAYA)).toHaveCount(0);
  });
});
