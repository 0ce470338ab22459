import type { FrameLocator, Page } from '@playwright/test';
import { expect, openConversation, openDemo, pluginFrame, test } from './fixtures';
import { card, fieldValue } from './people-helpers';
import { onlyOrgRecord } from './org-records';

const MAYA = 'Maya Chen';
const MAYA_EMAIL = 'maya.chen@acme.example';
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const NEW_TITLE = 'Head of Robotics Operations';

/** The refresh token the plugin keeps in its localStorage (there is one sign-in in these tests). */
async function savedRefreshTokens(page: Page): Promise<string[]> {
  const frame = await pluginFrame(page);
  return frame.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('sfsb:auth:'))
      .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { refreshToken: string }).refreshToken),
  );
}

/** Whether the demo org still honours a refresh token (as Salesforce would after rotation or revocation). */
async function orgAcceptsRefreshToken(page: Page, token: string): Promise<boolean> {
  const frame = await pluginFrame(page);
  return frame.evaluate((refreshToken) => window.__fakeOrg?.auth.refreshTokenOwner(refreshToken) !== undefined, token);
}

/** Opens Maya's edit form from her card and types a new Title, without saving. */
async function startEditingMaya(page: Page): Promise<{ plugin: FrameLocator; mayaId: string }> {
  const plugin = await openDemo(page);
  await openConversation(page, MAYA_CONVERSATION);
  const mayaId = (await onlyOrgRecord(page, 'Contact', 'Email', MAYA_EMAIL)).Id;
  await card(plugin, MAYA).getByRole('button', { name: `Edit ${MAYA}` }).click();
  await editScreen(plugin).getByRole('textbox', { name: /^Title/ }).fill(NEW_TITLE);
  return { plugin, mayaId };
}

function editScreen(plugin: FrameLocator) {
  return plugin.getByRole('region', { name: 'Edit Contact' });
}

test.describe('a session that ends while the agent edits', () => {
  test.describe('when it can be refreshed', () => {
    // The org answers the expired access token with 401 before the sidebar refreshes it.
    test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 401/] });

    test('saves what was typed without a word, and keeps the rotated refresh token', async ({ page }) => {
      const { plugin, mayaId } = await startEditingMaya(page);
      const [before] = await savedRefreshTokens(page);
      await (await pluginFrame(page)).evaluate(() => window.__fakeOrg?.auth.expireAccessTokens());

      await editScreen(plugin).getByRole('button', { name: 'Save' }).click();

      await expect(editScreen(plugin)).toBeHidden();
      await expect(plugin.getByRole('alert')).toHaveCount(0);
      await expect(fieldValue(card(plugin, MAYA), 'Title')).toHaveText(NEW_TITLE);
      expect((await onlyOrgRecord(page, 'Contact', 'Id', mayaId)).Title).toBe(NEW_TITLE);
      const after = await savedRefreshTokens(page);
      expect(after).toHaveLength(1);
      expect(after[0]).not.toBe(before);
      expect(await orgAcceptsRefreshToken(page, after[0]!)).toBe(true);
      expect(await orgAcceptsRefreshToken(page, before!)).toBe(false);
    });
  });

  test.describe('when refreshing fails too', () => {
    // The org refuses the access token (401) and then the refresh token (400 invalid_grant): the session is over.
    test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of (401|400)/] });

    test('"Sign in again" opens the popup, and the save completes with what was typed', async ({ page }) => {
      const { plugin, mayaId } = await startEditingMaya(page);
      const frame = await pluginFrame(page);
      await frame.evaluate(() => {
        if (window.__fakeOrg) window.__fakeOrg.faults.expiredSession = true;
      });

      const screen = editScreen(plugin);
      await screen.getByRole('button', { name: 'Save' }).click();

      const alert = screen.getByRole('alert');
      const signInAgain = alert.getByRole('button', { name: 'Sign in again' });
      await expect(signInAgain).toBeVisible();
      await expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue(NEW_TITLE);
      expect((await onlyOrgRecord(page, 'Contact', 'Id', mayaId)).Title).not.toBe(NEW_TITLE);

      const popupOpened = page.waitForEvent('popup');
      await signInAgain.click();
      const popup = await popupOpened;
      // Signing in again starts a new session: the fault stands for the old one being over, so it ends here.
      await frame.evaluate(() => {
        if (window.__fakeOrg) window.__fakeOrg.faults.expiredSession = false;
      });
      // Listening before "Allow": the popup may close before the click has even returned.
      const popupClosed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: 'Allow' }).click();
      await popupClosed;

      await expect(screen).toBeHidden();
      await expect(fieldValue(card(plugin, MAYA), 'Title')).toHaveText(NEW_TITLE);
      expect((await onlyOrgRecord(page, 'Contact', 'Id', mayaId)).Title).toBe(NEW_TITLE);
      const tokens = await savedRefreshTokens(page);
      expect(tokens).toHaveLength(1);
      expect(await orgAcceptsRefreshToken(page, tokens[0]!)).toBe(true);
    });
  });
});

test('signing out from the settings screen revokes the sign-in and forgets it', async ({ page }) => {
  const plugin = await openDemo(page);
  await openConversation(page, MAYA_CONVERSATION);
  await expect(card(plugin, MAYA)).toBeVisible();
  const [refreshToken] = await savedRefreshTokens(page);
  expect(await orgAcceptsRefreshToken(page, refreshToken!)).toBe(true);

  await plugin.getByRole('button', { name: 'Settings' }).click();
  const connection = plugin.getByRole('region', { name: 'Salesforce connection' });
  await expect(connection).toContainText('Avery Admin');
  await connection.getByRole('button', { name: 'Sign out' }).click();

  await expect(plugin.getByRole('button', { name: 'Sign in to Salesforce' })).toBeVisible();
  await expect(card(plugin, MAYA)).toBeHidden();
  await expect(plugin.getByRole('button', { name: 'Settings' })).toBeHidden();
  await expect.poll(() => orgAcceptsRefreshToken(page, refreshToken!)).toBe(false);
  expect(await savedRefreshTokens(page)).toEqual([]);
});
