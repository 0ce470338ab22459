import type { FrameLocator } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expect, openConversation, openDemo, test } from './fixtures';

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const ACME = SEED_PEOPLE.rich.account;
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const MIA_CONVERSATION = 'Pricing for our three practice locations';

function searchBox(plugin: FrameLocator) {
  return plugin.getByRole('combobox', { name: 'Search Salesforce' });
}

function results(plugin: FrameLocator) {
  return plugin.getByRole('listbox', { name: 'Search results' });
}

/** An option's name is its title followed by its subtitle. */
function option(plugin: FrameLocator, group: string, title: string) {
  return results(plugin).getByRole('group', { name: group }).getByRole('option', { name: new RegExp(`^${title} `) });
}

function personCard(plugin: FrameLocator, name: string) {
  return plugin.getByRole('article', { name });
}

test.describe('searching Salesforce from the sidebar', () => {
  test('groups the results and opens an account from the keyboard, with a way back', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, MAYA_CONVERSATION);
    await expect(personCard(plugin, MAYA)).toBeVisible();

    const box = searchBox(plugin);
    await box.pressSequentially('acme');
    const account = option(plugin, 'Accounts', ACME);
    await expect(account).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(results(plugin).getByRole('group')).toHaveText([/^Contacts/, /^Accounts/, /^Opportunities/]);
    await expect(results(plugin).getByRole('group', { name: 'Opportunities' }).getByRole('option').first()).toBeVisible();

    // The input keeps focus: ArrowDown walks the options in order until the account is the active one.
    const optionCount = await results(plugin).getByRole('option').count();
    for (let presses = 0; presses < optionCount && (await account.getAttribute('aria-selected')) !== 'true'; presses++) {
      await box.press('ArrowDown');
    }
    await expect(account).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await account.getAttribute('id')) ?? 'missing id');
    await box.press('Enter');

    const opened = plugin.getByRole('region', { name: 'Search result' });
    const accountCard = opened.getByRole('article', { name: ACME });
    await expect(accountCard).toBeVisible();
    await expect(accountCard.getByText('Account', { exact: true })).toBeVisible();
    await expect(opened.getByRole('heading', { name: /^Open Opportunities \(\d+\)$/ })).toBeVisible();
    await expect(personCard(plugin, MAYA)).toBeHidden();
    await expect(results(plugin)).toBeHidden();
    await expect(box).toHaveValue('');

    await opened.getByRole('button', { name: /Back to the conversation/ }).click();
    await expect(personCard(plugin, MAYA)).toBeVisible();
    await expect(opened).toBeHidden();
  });

  test('opens a Contact by clicking it; Escape closes the list', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, MIA_CONVERSATION);
    await expect(personCard(plugin, 'Mia Thompson')).toBeVisible();

    const box = searchBox(plugin);
    await box.pressSequentially('maya');
    const maya = option(plugin, 'Contacts', MAYA);
    await expect(maya).toBeVisible();

    await box.press('Escape');
    await expect(results(plugin)).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('maya');

    await box.press('ArrowDown');
    await maya.click();

    const card = plugin.getByRole('region', { name: 'Search result' }).getByRole('article', { name: MAYA });
    await expect(card).toBeVisible();
    await expect(card.getByText('Contact', { exact: true })).toBeVisible();
    await expect(card.getByRole('link', { name: SEED_PEOPLE.rich.email })).toBeVisible();
    await expect(personCard(plugin, 'Mia Thompson')).toBeHidden();
    await expect(results(plugin)).toBeHidden();
  });

  test('selecting another conversation closes a record opened from search, also on coming back', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, MAYA_CONVERSATION);
    await expect(personCard(plugin, MAYA)).toBeVisible();

    await searchBox(plugin).pressSequentially('acme');
    await option(plugin, 'Accounts', ACME).click();
    const opened = plugin.getByRole('region', { name: 'Search result' });
    await expect(opened.getByRole('article', { name: ACME })).toBeVisible();

    await openConversation(page, MIA_CONVERSATION);
    await expect(personCard(plugin, 'Mia Thompson')).toBeVisible();
    await expect(opened).toBeHidden();
    await expect(plugin.getByRole('button', { name: /Back to the conversation/ })).toBeHidden();
    await expect(plugin.getByRole('article', { name: ACME })).toBeHidden();

    await openConversation(page, MAYA_CONVERSATION);
    await expect(personCard(plugin, MAYA)).toBeVisible();
    await expect(opened).toBeHidden();
  });
});
