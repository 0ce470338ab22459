import type { FrameLocator, Locator, Page } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expectNoSeriousA11yViolations } from './a11y';
import { apiCallsServed, expect, openConversation, openDemo, test } from './fixtures';
import { fieldLabel, formScreen } from './form-helpers';
import { orgRecords } from './org-records';
import { card, fakeOrgRecordId, relatedList } from './people-helpers';

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const JORDAN_CONVERSATION = 'Access for a new team member';
const ACME = SEED_PEOPLE.rich.account;
const BRIGHTWAVE = SEED_PEOPLE.contactAndLead.account;
const SAM = `${SEED_PEOPLE.contactAndLead.firstName} ${SEED_PEOPLE.contactAndLead.lastName}`;

const created = (before: readonly { Id: string }[], after: readonly { Id: string }[]) => {
  const known = new Set(before.map((record) => record.Id));
  return after.filter((record) => !known.has(record.Id));
};

/** Maya's Open Cases, the list under her card (her Account's own Open Cases come after it). */
function mayasOpenCases(plugin: FrameLocator): Locator {
  return relatedList(plugin, 'Open Cases').filter({ has: plugin.getByRole('button', { name: `New Case for ${MAYA}` }) });
}

test.describe('creating from the panel', () => {
  test("'New' on Maya's Open Cases creates a Case linked to her and her account, and her list shows it", async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, MAYA_CONVERSATION);
    const openCases = mayasOpenCases(plugin);
    await expect(openCases).toHaveAccessibleName('Open Cases (2)');
    const mayaId = await fakeOrgRecordId(page, 'Contact', 'Email', SEED_PEOPLE.rich.email);
    const acmeId = await fakeOrgRecordId(page, 'Account', 'Name', ACME);
    const casesBefore = await orgRecords(page, 'Case');

    await openCases.getByRole('button', { name: `New Case for ${MAYA}` }).click();

    const form = formScreen(plugin, 'New Case');
    await expect(form.getByRole('combobox', { name: 'Contact', exact: true })).toHaveValue(MAYA);
    await expect(form.getByRole('combobox', { name: 'Account', exact: true })).toHaveValue(ACME);
    await expectNoSeriousA11yViolations(page, 'the create form');
    await form.getByRole('textbox', { name: 'Subject' }).fill('Gripper pads wear out in a week');
    await form.getByRole('combobox', { name: 'Priority' }).selectOption('High');
    await form.getByRole('button', { name: 'Create' }).click();

    await expect(form).toBeHidden();
    await expect(openCases).toHaveAccessibleName('Open Cases (3)');
    await expect(openCases.getByRole('listitem').filter({ hasText: 'Gripper pads wear out in a week' })).toBeVisible();
    const newCases = created(casesBefore, await orgRecords(page, 'Case'));
    expect(newCases).toEqual([
      expect.objectContaining({ Subject: 'Gripper pads wear out in a week', Priority: 'High', Status: 'New', ContactId: mayaId, AccountId: acmeId }),
    ]);
  });

  test('a required field left empty is marked and explained before anything is sent, then the record is created', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, MAYA_CONVERSATION);
    const opportunities = relatedList(plugin, 'Open Opportunities');
    await expect(opportunities).toHaveAccessibleName('Open Opportunities (2)');
    const acmeId = await fakeOrgRecordId(page, 'Account', 'Name', ACME);
    await opportunities.getByRole('button', { name: `New Opportunity for ${ACME}` }).click();
    const form = formScreen(plugin, 'New Opportunity');
    await expect(form.getByRole('combobox', { name: 'Account', exact: true })).toHaveValue(ACME);

    // Salesforce requires a name, a stage and a close date: each carries the red * (and aria-required).
    const required = { Name: 'textbox', Stage: 'combobox', 'Close Date': 'textbox' } as const;
    for (const [label, role] of Object.entries(required)) {
      await expect(fieldLabel(form, label).locator('.ui-required')).toHaveText('*');
      await expect(form.getByRole(role, { name: label, exact: true })).toHaveAttribute('aria-required', 'true');
    }
    await expect(fieldLabel(form, 'Amount').locator('.ui-required')).toHaveCount(0);

    await form.getByRole('textbox', { name: 'Name' }).fill('Acme Robotics - Spare Parts Contract');
    await form.getByRole('textbox', { name: 'Amount' }).fill('12000');
    const callsBefore = await apiCallsServed(page);
    const opportunitiesBefore = await orgRecords(page, 'Opportunity');
    await form.getByRole('button', { name: 'Create' }).click();

    const stage = form.getByRole('combobox', { name: 'Stage' });
    const closeDate = form.getByRole('textbox', { name: 'Close Date' });
    await expect(stage).toHaveAccessibleDescription('Complete this field.');
    await expect(closeDate).toHaveAccessibleDescription('Complete this field.');
    await expect(stage).toBeFocused();
    await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Acme Robotics - Spare Parts Contract');
    await expect(form.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(await apiCallsServed(page), 'requests sent to Salesforce').toBe(callsBefore);
    expect(await orgRecords(page, 'Opportunity')).toHaveLength(opportunitiesBefore.length);

    await stage.selectOption('Prospecting');
    await closeDate.fill('2027-03-31');
    await form.getByRole('button', { name: 'Create' }).click();

    await expect(form).toBeHidden();
    await expect(opportunities).toHaveAccessibleName('Open Opportunities (3)');
    await expect(opportunities.getByRole('listitem').filter({ hasText: 'Acme Robotics - Spare Parts Contract' })).toBeVisible();
    expect(created(opportunitiesBefore, await orgRecords(page, 'Opportunity'))).toEqual([
      expect.objectContaining({
        Name: 'Acme Robotics - Spare Parts Contract',
        StageName: 'Prospecting',
        CloseDate: '2027-03-31',
        Amount: 12000,
        AccountId: acmeId,
      }),
    ]);
  });

  test.describe('a person whose email is already in Salesforce', () => {
    /** Jordan Lee's "Create Contact", with Sam Rivera's address typed in: his Contact and Lead both hold it. */
    async function createContactWithSamsEmail(page: Page) {
      const plugin = await openDemo(page);
      await openConversation(page, JORDAN_CONVERSATION);
      await plugin.getByRole('button', { name: 'Create Contact' }).click();
      const form = formScreen(plugin, 'New Contact');
      await expect(form.getByRole('textbox', { name: 'Email' })).toHaveValue(SEED_PEOPLE.unknownAtAccountDomain[0].email);
      await expect(form.getByRole('combobox', { name: 'Account', exact: true })).toHaveValue(BRIGHTWAVE);
      await form.getByRole('textbox', { name: 'Email' }).fill(SEED_PEOPLE.contactAndLead.email);
      const contactsBefore = await orgRecords(page, 'Contact');
      const leadsBefore = await orgRecords(page, 'Lead');

      await form.getByRole('button', { name: 'Create' }).click();

      const notice = form.getByRole('alert').filter({ hasText: 'This may already be in Salesforce.' });
      await expect(notice).toContainText(`A Contact named ${SAM} already has this email.`);
      await expect(notice).toContainText(`A Lead named ${SAM} already has this email.`);
      await expect(notice.getByRole('button', { name: 'Open it instead' })).toHaveCount(2);
      await expect(form.getByRole('textbox', { name: 'Email' })).toHaveValue(SEED_PEOPLE.contactAndLead.email);
      expect(await orgRecords(page, 'Contact')).toEqual(contactsBefore);
      return { plugin, form, notice, contactsBefore, leadsBefore };
    }

    test("'Open it instead' shows the existing Contact and creates nothing", async ({ page }) => {
      const { plugin, form, notice, contactsBefore, leadsBefore } = await createContactWithSamsEmail(page);
      await expectNoSeriousA11yViolations(page, 'the duplicate warning');

      await notice
        .getByRole('listitem')
        .filter({ hasText: `A Contact named ${SAM}` })
        .getByRole('button', { name: 'Open it instead' })
        .click();

      await expect(form).toBeHidden();
      const sam = card(plugin, SAM);
      await expect(sam).toBeVisible();
      await expect(sam.getByText('Contact', { exact: true })).toBeVisible();
      await expect(sam.getByRole('link', { name: SEED_PEOPLE.contactAndLead.email })).toBeVisible();
      await expect(plugin.getByRole('button', { name: '← Back to the conversation' })).toBeVisible();
      expect(await orgRecords(page, 'Contact')).toEqual(contactsBefore);
      expect(await orgRecords(page, 'Lead')).toEqual(leadsBefore);
    });

    test("'Create anyway' creates the one Contact, with the typed email, at the domain's account", async ({ page }) => {
      const { plugin, form, notice, contactsBefore, leadsBefore } = await createContactWithSamsEmail(page);
      const brightwaveId = await fakeOrgRecordId(page, 'Account', 'Name', BRIGHTWAVE);

      await notice.getByRole('button', { name: 'Create anyway' }).click();

      await expect(form).toBeHidden();
      // Jordan's own address is still unknown, so the panel goes back to offering to create him.
      await expect(plugin.getByRole('button', { name: 'Create Contact' })).toBeVisible();
      const contactsAfter = await orgRecords(page, 'Contact');
      expect(created(contactsBefore, contactsAfter)).toEqual([
        expect.objectContaining({ FirstName: 'Jordan', LastName: 'Lee', Email: SEED_PEOPLE.contactAndLead.email, AccountId: brightwaveId }),
      ]);
      expect(contactsAfter.filter((contact) => contact.Email === SEED_PEOPLE.contactAndLead.email)).toHaveLength(2);
      expect(await orgRecords(page, 'Lead')).toEqual(leadsBefore);
    });
  });
});
