import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expect, openConversation, openDemo, test } from '../e2e/fixtures';
import { formScreen } from '../e2e/form-helpers';
import { card, fieldValue, relatedList } from '../e2e/people-helpers';

// Saves README's pictures of the plugin (the sidebar iframe only, at Front's usual width) next to this file.

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const WIDTH = 360;
const HEIGHT = 900;

function output(name: string): string {
  return fileURLToPath(new URL(`./${name}.png`, import.meta.url));
}

async function sidebarScreenshot(page: Page, name: string): Promise<void> {
  // Let the last fonts and transitions settle so the picture doesn't catch a half-drawn frame.
  await page.evaluate(() => document.fonts.ready);
  await page.locator('iframe[title="Salesforce sidebar"]').screenshot({ path: output(name), animations: 'disabled', caret: 'hide' });
}

test.use({ viewport: { width: 1280, height: HEIGHT } });

test('README screenshots: the panel for Maya Chen, her edit form and field settings', async ({ page }) => {
  const plugin = await openDemo(page);
  await page.addStyleTag({ content: `.dev-host-frame { width: ${WIDTH}px !important; }` });
  await openConversation(page, MAYA_CONVERSATION);
  const maya = card(plugin, MAYA);
  await expect(fieldValue(maya, 'Title')).toHaveText('VP of Operations');
  await expect(relatedList(plugin, 'Notes').getByRole('listitem').first()).toBeVisible();
  await sidebarScreenshot(page, 'panel');

  await maya.getByRole('button', { name: `Edit ${MAYA}` }).click();
  const form = formScreen(plugin, 'Edit Contact');
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue('VP of Operations');
  await sidebarScreenshot(page, 'form');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(maya).toBeVisible();

  await plugin.getByRole('button', { name: 'Settings' }).click();
  await expect(plugin.getByRole('heading', { name: 'Field settings' })).toBeVisible();
  await expect(plugin.getByRole('status').filter({ hasText: /^\d+ fields$/ })).toBeVisible();
  await sidebarScreenshot(page, 'settings');
});
