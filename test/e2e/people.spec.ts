import type { Page } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expect, openConversation, openDemo, pluginFrame, test } from './fixtures';
import { card, fakeOrgRecordId, hostCalls, INSTANCE_URL } from './people-helpers';

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const JORDAN_CONVERSATION = 'Access for a new team member';
const CHRIS_CONVERSATION = 'Question about your support plans';
const EXPANSION = 'Acme Robotics - Warehouse Fleet Expansion';

/**
 * Watches the plugin's frame: links must open through the host, so the sidebar itself never navigates
 * (Front's sandboxed iframe would otherwise replace the plugin or do nothing), no window opens, and the
 * browser is never left to follow a link the agent clicked (a mailto: one would not show as a navigation).
 */
async function watchPluginFrame(page: Page): Promise<{ expectStayedPut: () => Promise<void> }> {
  const frame = await pluginFrame(page);
  const url = frame.url();
  const navigations: string[] = [];
  page.on('framenavigated', (navigated) => {
    if (navigated === frame) navigations.push(navigated.url());
  });
  // On the document, the click has already been through React's handlers (they listen on the app's root).
  await frame.evaluate(() => {
    const followed: string[] = [];
    Object.assign(window, { linksLeftToTheBrowser: followed });
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (link && !event.defaultPrevented) followed.push(link.getAttribute('href') ?? '');
    });
  });
  return {
    async expectStayedPut() {
      const followed = await frame.evaluate(() => (window as unknown as { linksLeftToTheBrowser: string[] }).linksLeftToTheBrowser);
      expect(followed, 'links the browser was left to follow').toEqual([]);
      expect(navigations, 'plugin frame navigations').toEqual([]);
      expect(frame.url()).toBe(url);
      expect(page.context().pages()).toHaveLength(1);
    },
  };
}

/** The Ids of every Lead the demo org holds. */
async function leadIds(page: Page): Promise<string[]> {
  const frame = await pluginFrame(page);
  return frame.evaluate(() => window.__fakeOrg!.records.all('Lead').map((lead) => lead.Id));
}

test.describe('links and host calls', () => {
  test("'Open Maya Chen in Salesforce' asks Front to open her Contact's page, and the sidebar stays put", async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, MAYA_CONVERSATION);
    const maya = card(plugin, MAYA);
    await expect(maya).toBeVisible();
    const mayaId = await fakeOrgRecordId(page, 'Contact', 'Email', SEED_PEOPLE.rich.email);
    const { expectStayedPut } = await watchPluginFrame(page);

    await maya.getByRole('button', { name: `Open ${MAYA} in Salesforce` }).click();

    await expect.poll(() => hostCalls(page)).toEqual([{ name: 'openUrl', args: [`${INSTANCE_URL}/lightning/r/Contact/${mayaId}/view`] }]);
    await expectStayedPut();
    await expect(maya).toBeVisible();
  });

  test("her email opens through Front as mailto:, and a related record's button opens that record", async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, MAYA_CONVERSATION);
    const maya = card(plugin, MAYA);
    await expect(maya).toBeVisible();
    const expansionId = await fakeOrgRecordId(page, 'Opportunity', 'Name', EXPANSION);
    const { expectStayedPut } = await watchPluginFrame(page);

    await maya.getByRole('link', { name: SEED_PEOPLE.rich.email }).click();
    await expect.poll(() => hostCalls(page)).toEqual([{ name: 'openUrl', args: [`mailto:${SEED_PEOPLE.rich.email}`] }]);

    await plugin.getByRole('button', { name: `Open ${EXPANSION} in Salesforce` }).click();
    await expect
      .poll(() => hostCalls(page))
      .toEqual([
        { name: 'openUrl', args: [`mailto:${SEED_PEOPLE.rich.email}`] },
        { name: 'openUrl', args: [`${INSTANCE_URL}/lightning/r/Opportunity/${expansionId}/view`] },
      ]);
    await expectStayedPut();
  });

  test("Jordan Lee's 'Create Lead' opens the new-Lead form prefilled from the conversation, and creates that Lead", async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, JORDAN_CONVERSATION);
    const { email, account } = SEED_PEOPLE.unknownAtAccountDomain[0];
    await expect(plugin.getByText(`No Contact or Lead for ${email}`)).toBeVisible();
    const { expectStayedPut } = await watchPluginFrame(page);

    await plugin.getByRole('button', { name: 'Create Lead' }).click();

    // Named from the sender, with the company of the account the email's domain belongs to.
    const form = plugin.getByRole('region', { name: 'New Lead', exact: true });
    await expect(form.getByRole('textbox', { name: 'First Name' })).toHaveValue('Jordan');
    await expect(form.getByRole('textbox', { name: 'Last Name' })).toHaveValue('Lee');
    await expect(form.getByRole('textbox', { name: 'Email' })).toHaveValue(email);
    await expect(form.getByRole('textbox', { name: 'Company' })).toHaveValue(account);
    const leadsBefore = await leadIds(page);

    await form.getByRole('button', { name: 'Create' }).click();

    await expect(form).toBeHidden();
    // The conversation's sender is now that Lead.
    const jordan = card(plugin, 'Jordan Lee');
    await expect(jordan.getByText('Lead', { exact: true })).toBeVisible();
    await expect(jordan.getByRole('link', { name: email })).toBeVisible();
    const frame = await pluginFrame(page);
    const created = await frame.evaluate((known) => window.__fakeOrg!.records.all('Lead').filter((lead) => !known.includes(lead.Id)), leadsBefore);
    expect(created).toEqual([expect.objectContaining({ FirstName: 'Jordan', LastName: 'Lee', Email: email, Company: account })]);
    expect(await hostCalls(page), 'nothing opened in Salesforce').toEqual([]);
    await expectStayedPut();
  });

  test('an email body with <img onerror=…> never runs its script, in Front or in the plugin', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CHRIS_CONVERSATION);
    await expect(plugin.getByText('No Salesforce record for chris.taylor.design@gmail.com')).toBeVisible();
    const message = page.getByRole('article', { name: 'Message from Chris Taylor' });
    await expect(message).toContainText('do you offer support plans for freelancers');
    await expect(message.locator('img')).toHaveCount(0);

    // Proving that nothing happens: a broken image's error event fires within milliseconds of it being
    // inserted, so 300 ms after both sides have shown the conversation is ample.
    await page.waitForTimeout(300);

    const injected = () => typeof (window as unknown as { __injected?: unknown }).__injected;
    expect(await page.evaluate(injected)).toBe('undefined');
    const frame = await pluginFrame(page);
    expect(await frame.evaluate(injected)).toBe('undefined');
  });
});
