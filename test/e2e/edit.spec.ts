import type { FrameLocator, Page } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, openConversation, openDemo, test } from './fixtures';
import { formScreen, teammateEdits } from './form-helpers';
import { orgRecord } from './org-records';
import { card, fakeOrgRecordId, fieldValue, relatedList } from './people-helpers';

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const MAYA_TITLE = 'VP of Operations';
const EXPANSION = 'Acme Robotics - Warehouse Fleet Expansion';

/** Maya's conversation, her card, and her Contact's Id in the demo org. */
async function openMaya(page: Page): Promise<{ plugin: FrameLocator; mayaId: string }> {
  const plugin = await openDemo(page);
  await openConversation(page, MAYA_CONVERSATION);
  await expect(fieldValue(card(plugin, MAYA), 'Title')).toHaveText(MAYA_TITLE);
  return { plugin, mayaId: await fakeOrgRecordId(page, 'Contact', 'Email', SEED_PEOPLE.rich.email) };
}

/** The pencil on Maya's card opens her edit form, loaded with what Salesforce holds. */
async function editMaya(plugin: FrameLocator) {
  await card(plugin, MAYA).getByRole('button', { name: `Edit ${MAYA}` }).click();
  const form = formScreen(plugin, 'Edit Contact');
  await expect(form.getByRole('group', { name: MAYA })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue(MAYA_TITLE);
  return form;
}

test.describe('editing from the panel', () => {
  test("the pencil on Maya's card saves a new title to Salesforce, and her card shows it", async ({ page }) => {
    const { plugin, mayaId } = await openMaya(page);
    const form = await editMaya(plugin);
    // The panel underneath is hidden while the form covers it.
    await expect(card(plugin, MAYA)).toBeHidden();
    await expectNoSeriousA11yViolations(page, 'the edit form');

    await form.getByRole('textbox', { name: 'Title' }).fill('Chief Operating Officer');
    await form.getByRole('button', { name: 'Save' }).click();

    await expect(form).toBeHidden();
    await expect(fieldValue(card(plugin, MAYA), 'Title')).toHaveText('Chief Operating Officer');
    expect(await orgRecord(page, mayaId)).toMatchObject({ Title: 'Chief Operating Officer', LastName: 'Chen', Email: SEED_PEOPLE.rich.email });
  });

  test.describe('when a teammate changed the same field after the form opened', () => {
    // Salesforce answers the save with 412 Precondition Failed, which Chromium logs as a failed resource.
    test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 412/] });

    test("'Keep mine' saves my value over theirs", async ({ page }) => {
      const { plugin, mayaId } = await openMaya(page);
      const form = await editMaya(plugin);
      await teammateEdits(page, mayaId, { Title: 'Chief Robot Officer' });

      await form.getByRole('textbox', { name: 'Title' }).fill('COO');
      await form.getByRole('button', { name: 'Save' }).click();

      const conflict = form.getByRole('alert').filter({ hasText: `Someone changed ${MAYA} in Salesforce after you opened it.` });
      const title = conflict.getByRole('listitem', { name: 'Title' });
      await expect(title).toContainText('Theirs: Chief Robot Officer');
      await expect(title).toContainText('Yours: COO');
      await expectNoSeriousA11yViolations(page, 'the conflict panel');
      expect((await orgRecord(page, mayaId))?.Title).toBe('Chief Robot Officer');

      await title.getByRole('button', { name: 'Keep mine' }).click();

      await expect(form).toBeHidden();
      await expect(fieldValue(card(plugin, MAYA), 'Title')).toHaveText('COO');
      expect((await orgRecord(page, mayaId))?.Title).toBe('COO');
    });

    test("'Take theirs' puts their value in the form and leaves Salesforce as they saved it", async ({ page }) => {
      const { plugin, mayaId } = await openMaya(page);
      const form = await editMaya(plugin);
      await teammateEdits(page, mayaId, { Title: 'Chief Robot Officer' });
      const theirs = await orgRecord(page, mayaId);

      await form.getByRole('textbox', { name: 'Title' }).fill('COO');
      await form.getByRole('button', { name: 'Save' }).click();
      const title = form.getByRole('alert').getByRole('listitem', { name: 'Title' });
      await expect(title).toContainText('Theirs: Chief Robot Officer');

      await title.getByRole('button', { name: 'Take theirs' }).click();

      await expect(form.getByRole('alert')).toBeHidden();
      await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue('Chief Robot Officer');
      await expect(form.getByRole('heading', { name: 'Edit Contact' })).toBeVisible();
      expect(await orgRecord(page, mayaId)).toEqual(theirs);

      // Saving now keeps their title, and the card catches up with it.
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form).toBeHidden();
      await expect(fieldValue(card(plugin, MAYA), 'Title')).toHaveText('Chief Robot Officer');
      expect((await orgRecord(page, mayaId))?.Title).toBe('Chief Robot Officer');
    });
  });

  test.describe('when a validation rule refuses the save', () => {
    // The org's validation rule answers 400 FIELD_CUSTOM_VALIDATION_EXCEPTION, logged by Chromium as a failed resource.
    test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 400/] });

    test("a negative amount shows the rule's message on Amount, keeps what was typed, and saves once fixed", async ({ page }) => {
      const { plugin } = await openMaya(page);
      const expansionId = await fakeOrgRecordId(page, 'Opportunity', 'Name', EXPANSION);
      const before = await orgRecord(page, expansionId);
      expect(before?.Amount).toBe(185000);

      await relatedList(plugin, 'Open Opportunities').getByRole('button', { name: `Edit ${EXPANSION}` }).click();
      const form = formScreen(plugin, 'Edit Opportunity');
      const amount = form.getByRole('textbox', { name: 'Amount' });
      await expect(amount).toHaveValue('185000');
      await form.getByRole('textbox', { name: 'Name' }).fill(`${EXPANSION} (phase 2)`);
      await amount.fill('-500');
      await form.getByRole('button', { name: 'Save' }).click();

      await expect(amount).toHaveAccessibleDescription(/Amount cannot be negative\./);
      await expect(amount).toHaveAttribute('aria-invalid', 'true');
      await expect(amount).toBeFocused();
      await expect(amount).toHaveValue('-500');
      await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue(`${EXPANSION} (phase 2)`);
      expect(await orgRecord(page, expansionId)).toEqual(before);

      await amount.fill('190000');
      await expect(amount).not.toHaveAccessibleDescription(/Amount cannot be negative/);
      await form.getByRole('button', { name: 'Save' }).click();

      await expect(form).toBeHidden();
      await expect(plugin.getByRole('button', { name: `Edit ${EXPANSION} (phase 2)` })).toBeVisible();
      expect(await orgRecord(page, expansionId)).toMatchObject({ Name: `${EXPANSION} (phase 2)`, Amount: 190000 });
    });
  });
});
