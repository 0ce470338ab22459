import type { Locator, Page } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expect, openConversation, sidebar, test } from './fixtures';
import { formScreen } from './form-helpers';
import { orgRecord } from './org-records';
import { card, fakeOrgRecordId, fieldValue } from './people-helpers';

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MIA_CONVERSATION = 'Pricing for our three practice locations';
const NEW_TITLE = 'Head of Robotics Operations';
// More Tab presses than any of the journey's stops is away from the one before it.
const MAX_TABS = 25;

interface FocusedControl {
  readonly description: string;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
}

/** What has focus inside the plugin, and the focus ring the agent sees on it. */
async function focusedControl(page: Page): Promise<FocusedControl | undefined> {
  return sidebar(page)
    .locator(':root')
    .evaluate((root) => {
      const element = root.ownerDocument.activeElement;
      if (!element || element === root.ownerDocument.body || !root.ownerDocument.hasFocus()) return undefined;
      const style = getComputedStyle(element);
      const label = element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.labels?.[0]?.textContent : undefined;
      const name = element.getAttribute('aria-label') ?? label ?? element.textContent?.trim().slice(0, 40) ?? '';
      return {
        description: `${element.tagName.toLowerCase()}.${element.className} "${name}"`,
        outlineStyle: style.outlineStyle,
        outlineWidth: style.outlineWidth,
      };
    });
}

/** Fails unless the focused control shows a focus ring (an outline that is drawn, not 'none' or 0 px wide). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const focused = await focusedControl(page);
  expect(focused, 'a control inside the plugin has focus').toBeDefined();
  expect(focused!.outlineStyle, `focus ring on ${focused!.description}`).not.toBe('none');
  expect(parseFloat(focused!.outlineWidth), `focus ring width on ${focused!.description}`).toBeGreaterThan(0);
}

/** Presses Tab until `target` has focus, checking that every control the focus passes shows its ring. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
  }
  throw new Error(`${MAX_TABS} Tab presses never reached ${target.toString()}`);
}

test("keyboard only: sign in, find Maya through search, edit her title with the pencil, and save", async ({ page }) => {
  await page.goto('/');
  const plugin = sidebar(page);
  const signIn = plugin.getByRole('button', { name: 'Sign in to Salesforce' });
  await expect(signIn).toBeVisible();
  // Start in the Front stand-in, on the sidebar's edge just before the plugin, as an agent tabbing into it would.
  await page.getByRole('separator', { name: 'Resize sidebar' }).focus();

  await tabTo(page, signIn);
  const popupOpened = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  const popup = await popupOpened;
  const popupClosed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Allow' }).press('Enter');
  await popupClosed;

  const box = plugin.getByRole('combobox', { name: 'Search Salesforce' });
  await expect(box).toBeVisible();
  // Another sender's conversation is open (picked in Front's list, outside the plugin): Maya is found by search.
  await openConversation(page, MIA_CONVERSATION);
  await expect(card(plugin, 'Mia Thompson')).toBeVisible();
  await page.getByRole('separator', { name: 'Resize sidebar' }).focus();
  await tabTo(page, box);

  await page.keyboard.type('maya');
  const results = plugin.getByRole('listbox', { name: 'Search results' });
  const maya = results.getByRole('group', { name: 'Contacts' }).getByRole('option', { name: new RegExp(`^${MAYA} `) });
  await expect(maya).toBeVisible();
  // ArrowDown until Maya is the active option (she is first among the Contacts, but the groups' order is not this test's business).
  const options = await results.getByRole('option').count();
  for (let presses = 0; presses < options && (await maya.getAttribute('aria-selected')) !== 'true'; presses++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(maya).toHaveAttribute('aria-selected', 'true');
  await expect(box).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  const opened = plugin.getByRole('region', { name: 'Search result' });
  const mayaCard = opened.getByRole('article', { name: MAYA, exact: true });
  await expect(mayaCard).toBeVisible();
  const mayaId = await fakeOrgRecordId(page, 'Contact', 'Email', SEED_PEOPLE.rich.email);
  const titleBefore = String((await orgRecord(page, mayaId))?.Title);
  await expect(fieldValue(mayaCard, 'Title')).toHaveText(titleBefore);

  await tabTo(page, mayaCard.getByRole('button', { name: `Edit ${MAYA}` }));
  await page.keyboard.press('Enter');
  const form = formScreen(plugin, 'Edit Contact');
  const title = form.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue(titleBefore);

  await tabTo(page, title);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(NEW_TITLE);
  await expect(title).toHaveValue(NEW_TITLE);
  await tabTo(page, form.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');

  await expect(form).toBeHidden();
  await expect(fieldValue(mayaCard, 'Title')).toHaveText(NEW_TITLE);
  expect(await orgRecord(page, mayaId)).toMatchObject({ Title: NEW_TITLE, LastName: SEED_PEOPLE.rich.lastName, Email: SEED_PEOPLE.rich.email });
});
