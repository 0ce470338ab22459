import type { FrameLocator, Page } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, openConversation, openDemo, sidebar, signInThroughPopup, test } from './fixtures';
import { formScreen } from './form-helpers';
import { orgRecord, orgRecords } from './org-records';
import { card, fakeOrgRecordId, fieldValue, relatedList } from './people-helpers';

// The screens other specs don't already sweep: edit/create/conflict (edit, create), convert (convert-lead), log
// email (log-email), the notes forms (notes) and field settings (layouts) run expectNoSeriousA11yViolations there.

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const ORCHARD_CONVERSATION = 'Invoice INV-20417: duplicate charge?';
const CHRIS_CONVERSATION = 'Question about your support plans';
const CHRIS_EMAIL = 'chris.taylor.design@gmail.com';

/** The people the demo org holds (Contacts and Leads) whose Email is `email`. */
async function peopleWithEmail(page: Page, email: string): Promise<string[]> {
  const [contacts, leads] = await Promise.all([orgRecords(page, 'Contact'), orgRecords(page, 'Lead')]);
  return [...contacts, ...leads].filter((person) => person.Email === email).map((person) => `${String(person.FirstName)} ${String(person.LastName)}`);
}

test.describe('accessibility of the screens no other spec sweeps', () => {
  test("the sign-in screen, Maya's panel with related lists and notes, and search with results open", async ({ page }) => {
    await page.goto('/');
    const plugin = sidebar(page);
    await expect(plugin.getByRole('button', { name: 'Sign in to Salesforce' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the sign-in screen');
    await signInThroughPopup(page, plugin);

    await openConversation(page, MAYA_CONVERSATION);
    const maya = card(plugin, MAYA);
    const mayaId = await fakeOrgRecordId(page, 'Contact', 'Email', SEED_PEOPLE.rich.email);
    const mayaInOrg = await orgRecord(page, mayaId);
    await expect(fieldValue(maya, 'Title')).toHaveText(String(mayaInOrg?.Title));
    const notesInOrg = (await orgRecords(page, 'Note')).filter((note) => note.ParentId === mayaId);
    expect(notesInOrg.length).toBeGreaterThan(0);
    await expect(relatedList(plugin, 'Notes').getByRole('listitem')).toHaveCount(notesInOrg.length);
    await expect(relatedList(plugin, 'Open Cases').first()).toBeVisible();
    await expect(relatedList(plugin, 'Open Opportunities').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, "Maya Chen's panel");

    const box = plugin.getByRole('combobox', { name: 'Search Salesforce' });
    await box.pressSequentially('acme');
    const results = plugin.getByRole('listbox', { name: 'Search results' });
    await expect(results.getByRole('group', { name: 'Contacts' }).getByRole('option', { name: new RegExp(`^${MAYA} `) })).toBeVisible();
    await box.press('ArrowDown');
    await expect(results.getByRole('option', { selected: true })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, 'search with its results open');
  });

  test('the chooser for two Contacts sharing one address', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, ORCHARD_CONVERSATION);
    const chooser = plugin.getByRole('region', { name: `2 people use ${SEED_PEOPLE.sharedEmail.email}` });
    await expect(chooser.getByRole('button')).toHaveText([/^Dana Whitfield/, /^Lee Park/]);
    expect((await peopleWithEmail(page, SEED_PEOPLE.sharedEmail.email)).sort()).toEqual(['Dana Whitfield', 'Lee Park']);
    await expectNoSeriousA11yViolations(page, 'the person chooser');
  });

  test('no match for a free-mail sender', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CHRIS_CONVERSATION);
    await expect(plugin.getByText(`No Salesforce record for ${CHRIS_EMAIL}`)).toBeVisible();
    await expect(plugin.getByRole('button', { name: 'Create Contact' })).toBeVisible();
    expect(await peopleWithEmail(page, CHRIS_EMAIL)).toEqual([]);
    await expectNoSeriousA11yViolations(page, 'the no-match state');
  });
});

/** Makes Front's sidebar `width` px wide, as dragging its edge would (the handle's keyboard steps are 16 px). */
async function setSidebarWidth(page: Page, width: number): Promise<void> {
  await page.addStyleTag({ content: `.dev-host-frame { width: ${width}px !important; }` });
  await expect(page.locator('iframe[title="Salesforce sidebar"]')).toHaveJSProperty('clientWidth', width);
}

/** How far the plugin's document is wider than the sidebar (0 when nothing scrolls sideways). */
async function horizontalOverflow(page: Page): Promise<{ overflow: number; widest: string[] }> {
  const frame = page.frameLocator('iframe[title="Salesforce sidebar"]').locator(':root');
  return frame.evaluate((root) => {
    const viewport = root.clientWidth;
    // What sticks out, to name it when the check fails.
    const widest = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
    return { overflow: root.scrollWidth - viewport, widest };
  });
}

async function expectNoHorizontalOverflow(page: Page, screenName: string): Promise<void> {
  expect(await horizontalOverflow(page), `horizontal overflow of ${screenName} at 320 px`).toEqual({ overflow: 0, widest: [] });
}

test('at 320 px wide the panel, the edit form and settings fit without scrolling sideways', async ({ page }) => {
  const plugin: FrameLocator = await openDemo(page);
  await setSidebarWidth(page, 320);
  await openConversation(page, MAYA_CONVERSATION);
  const maya = card(plugin, MAYA);
  await expect(relatedList(plugin, 'Notes').getByRole('listitem').first()).toBeVisible();
  await expectNoHorizontalOverflow(page, "Maya Chen's panel");

  await maya.getByRole('button', { name: `Edit ${MAYA}` }).click();
  const form = formScreen(plugin, 'Edit Contact');
  const mayaId = await fakeOrgRecordId(page, 'Contact', 'Email', SEED_PEOPLE.rich.email);
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue(String((await orgRecord(page, mayaId))?.Title));
  await expectNoHorizontalOverflow(page, 'the edit form');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(maya).toBeVisible();

  await plugin.getByRole('button', { name: 'Settings' }).click();
  await expect(plugin.getByRole('heading', { name: 'Field settings' })).toBeVisible();
  await expect(plugin.getByRole('status').filter({ hasText: /^\d+ fields$/ })).toBeVisible();
  await expectNoHorizontalOverflow(page, 'field settings');
});
