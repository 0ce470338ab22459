import type { FrameLocator } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { ERROR_COPY } from '../../src/salesforce/error-messages';
import { expect, openConversation, openDemo, sidebar, test } from './fixtures';

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';

function mayaCard(plugin: FrameLocator) {
  return plugin.getByRole('article', { name: MAYA });
}

test.describe('faults of the demo org (?scenario=)', () => {
  // The demo org answers these scenarios with 401/403, exactly as Salesforce would; Chromium logs every such
  // response as "Failed to load resource". The panel's message is what the tests check.
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 40[13]/] });

  test('an expired session says so and asks the agent to sign in again', async ({ page }) => {
    const plugin = await openDemo(page, 'expired-session');
    await openConversation(page, MAYA_CONVERSATION);

    const alert = plugin.getByRole('alert');
    await expect(alert).toContainText(ERROR_COPY.INVALID_SESSION_ID.userMessage);
    await expect(alert).toContainText(ERROR_COPY.INVALID_SESSION_ID.action);
    await expect(mayaCard(plugin)).toBeHidden();
  });

  test('an exhausted API limit says the requests are used up', async ({ page }) => {
    const plugin = await openDemo(page, 'api-limit');
    await openConversation(page, MAYA_CONVERSATION);

    const alert = plugin.getByRole('alert');
    await expect(alert).toContainText(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.userMessage);
    await expect(alert).toContainText(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.action);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(mayaCard(plugin)).toBeHidden();
  });

  test('API access turned off for the org says so', async ({ page }) => {
    const plugin = await openDemo(page, 'api-disabled');
    await openConversation(page, MAYA_CONVERSATION);

    const alert = plugin.getByRole('alert');
    await expect(alert).toContainText(ERROR_COPY.API_DISABLED_FOR_ORG.userMessage);
    await expect(alert).toContainText(ERROR_COPY.API_DISABLED_FOR_ORG.action);
    await expect(mayaCard(plugin)).toBeHidden();
  });

  test('the Scenario select reloads the demo with the scenario in the URL', async ({ page }) => {
    await openDemo(page);

    await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'API limit' });

    await expect(page).toHaveURL(/[?&]scenario=api-limit(&|$)/);
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('api-limit');
    // The reloaded plugin runs the new scenario too.
    const plugin = sidebar(page);
    await expect(plugin.getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
    await openConversation(page, MAYA_CONVERSATION);
    await expect(plugin.getByRole('alert')).toContainText(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.userMessage);
  });
});

test('a slow network shows a loading skeleton, then the sender', async ({ page }) => {
  const plugin = await openDemo(page, 'slow');
  await openConversation(page, MAYA_CONVERSATION);

  const skeleton = plugin.getByRole('status', { name: 'Loading Salesforce records' });
  await expect(skeleton).toBeVisible();
  await expect(mayaCard(plugin)).toBeHidden();

  await expect(mayaCard(plugin)).toBeVisible();
  await expect(skeleton).toBeHidden();
});
