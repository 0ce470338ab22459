import type { Page } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { ERROR_COPY } from '../../src/salesforce/error-messages';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, openConversation, pluginFrame, sidebar, signInThroughPopup, test } from './fixtures';

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const DEMO_CLIENT_ID = 'front-salesforce-sidebar-demo';

interface SavedLogin {
  readonly key: string;
  readonly refreshToken: string;
  readonly orgId: string;
}

/** What the plugin keeps in its localStorage after signing in (only the refresh token; never the access token). */
async function savedLogins(page: Page): Promise<SavedLogin[]> {
  const frame = await pluginFrame(page);
  return frame.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('sfsb:auth:'))
      .map((key) => ({ key, ...(JSON.parse(localStorage.getItem(key) ?? '{}') as { refreshToken: string; orgId: string }) })),
  );
}

async function onlySavedLogin(page: Page): Promise<SavedLogin> {
  const logins = await savedLogins(page);
  expect(logins).toHaveLength(1);
  return logins[0]!;
}

/** Whether the demo org still honours a refresh token (as Salesforce would after rotation or revocation). */
async function orgAcceptsRefreshToken(page: Page, token: string): Promise<boolean> {
  const frame = await pluginFrame(page);
  return frame.evaluate((refreshToken) => window.__fakeOrg?.auth.refreshTokenOwner(refreshToken) !== undefined, token);
}

test('signs in through the popup with the org’s consent page, then shows the sender', async ({ page }) => {
  await page.goto('/');
  const plugin = sidebar(page);
  await expect(plugin.getByRole('heading', { name: 'Salesforce for Front' })).toBeVisible();
  await expect(plugin.getByText('Signs in at demo.my.salesforce.com. Shift-click to sign in to a sandbox.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the sign-in screen');

  const popupOpened = page.waitForEvent('popup');
  await plugin.getByRole('button', { name: 'Sign in to Salesforce' }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { name: 'Sign in to Demo Org as Avery Admin' })).toBeVisible();
  await expect(plugin.getByText('Finish signing in in the Salesforce window.')).toBeVisible();
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Allow' }).click();
  await closed;

  await expect(plugin.getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
  await openConversation(page, MAYA_CONVERSATION);
  await expect(plugin.getByRole('article', { name: MAYA })).toBeVisible();

  const login = await onlySavedLogin(page);
  expect(login.key).toBe(`sfsb:auth:v1:${DEMO_CLIENT_ID}:https://demo.my.salesforce.com`);
  expect(await orgAcceptsRefreshToken(page, login.refreshToken)).toBe(true);
  expect(JSON.stringify(await savedLogins(page))).not.toMatch(/00D\w{12,15}!/);
});

test('a reload stays signed in, without a popup', async ({ page }) => {
  await page.goto('/');
  await signInThroughPopup(page, sidebar(page));
  await expect(sidebar(page).getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
  let popups = 0;
  page.on('popup', () => (popups += 1));

  await page.reload();

  const plugin = sidebar(page);
  await expect(plugin.getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
  await openConversation(page, MAYA_CONVERSATION);
  await expect(plugin.getByRole('article', { name: MAYA })).toBeVisible();
  expect(popups).toBe(0);
});

test.describe('an expired session', () => {
  // The org answers the expired access token with 401 before the sidebar refreshes it.
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 401/] });

  test('is refreshed without a word, and the rotated refresh token is the one kept', async ({ page }) => {
    await page.goto('/');
    const plugin = sidebar(page);
    await signInThroughPopup(page, plugin);
    await expect(plugin.getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
    const before = await onlySavedLogin(page);
    await (await pluginFrame(page)).evaluate(() => window.__fakeOrg?.auth.expireAccessTokens());

    await openConversation(page, MAYA_CONVERSATION);

    await expect(plugin.getByRole('article', { name: MAYA })).toBeVisible();
    const after = await onlySavedLogin(page);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(await orgAcceptsRefreshToken(page, after.refreshToken)).toBe(true);
    expect(await orgAcceptsRefreshToken(page, before.refreshToken)).toBe(false);
  });
});

test.describe('a revoked sign-in', () => {
  // The org refuses the revoked refresh token with 400 invalid_grant.
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 400/] });

  test('asks to sign in again after a reload, and signing in works', async ({ page }) => {
    await page.goto('/');
    const plugin = sidebar(page);
    await signInThroughPopup(page, plugin);
    await expect(plugin.getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
    const { refreshToken } = await onlySavedLogin(page);
    await (await pluginFrame(page)).evaluate((token) => window.__fakeOrg?.auth.revoke(token), refreshToken);

    await page.reload();

    const alert = sidebar(page).getByRole('alert');
    await expect(alert).toContainText(ERROR_COPY.INVALID_SESSION_ID.userMessage);
    await expect(alert).toContainText(`${ERROR_COPY.INVALID_SESSION_ID.action}.`);
    expect(await savedLogins(page)).toEqual([]);
    await signInThroughPopup(page, sidebar(page));
    await expect(sidebar(page).getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
  });
});

test('Shift-click signs in to a sandbox at test.salesforce.com', async ({ page }) => {
  await page.goto('/');
  await signInThroughPopup(page, sidebar(page), { sandbox: true });

  await expect(sidebar(page).getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
  expect((await onlySavedLogin(page)).key).toBe(`sfsb:auth:v1:${DEMO_CLIENT_ID}:https://test.salesforce.com`);
});

test('denying access keeps the agent signed out, with what to do', async ({ page }) => {
  await page.goto('/');
  const plugin = sidebar(page);
  const popupOpened = page.waitForEvent('popup');
  await plugin.getByRole('button', { name: 'Sign in to Salesforce' }).click();
  const popup = await popupOpened;
  // Listen before clicking: the popup may close before a listener added after the click is in place.
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Deny' }).click();
  await closed;

  const alert = plugin.getByRole('alert');
  await expect(alert).toContainText('Salesforce access was not allowed.');
  await expect(alert).toContainText('Sign in again and choose Allow.');
  await expect(plugin.getByRole('button', { name: 'Sign in to Salesforce' })).toBeEnabled();
  expect(await savedLogins(page)).toEqual([]);
});

test('closing the sign-in window gives the button back, with no error', async ({ page }) => {
  await page.goto('/');
  const plugin = sidebar(page);
  const popupOpened = page.waitForEvent('popup');
  await plugin.getByRole('button', { name: 'Sign in to Salesforce' }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('button', { name: 'Allow' })).toBeVisible();

  await popup.close();

  await expect(plugin.getByRole('button', { name: 'Sign in to Salesforce' })).toBeEnabled();
  await expect(plugin.getByRole('alert')).toHaveCount(0);
});
