import type { FrameLocator, Page } from '@playwright/test';
import { defineCustomObject, lookupField } from '../../src/fake-org/metadata';
import type { FakeOrg } from '../../src/fake-org/org';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expectNoSeriousA11yViolations } from './a11y';
import { openConversation, pluginFrame } from './fixtures';
import { card, fieldValue, relatedList } from './people-helpers';
import { expect, openSignedIn, test } from './shared-org-fixtures';

// Issue 6: field layouts. The company layout lives in Salesforce Files, so an admin's "Save for all" must reach a
// teammate in another browser on another machine. Each test runs the production `direct` build in two browser
// contexts that share one fake org (shared-org.ts): what one saves, the other can only learn from the org.

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const FRONT_TEAMMATE = 'Alex Morgan';
// The title of the one Salesforce File that holds the company layout (COMPANY_LAYOUT_FILE in
// src/features/layouts/company-layout-file.ts, which cannot be imported here: it pulls jsforce's browser build).
const COMPANY_LAYOUT_TITLE = 'Front sidebar layouts';

interface LayoutFileState {
  readonly files: number;
  readonly versions: number;
  readonly sharedWithCompanyAs: readonly string[];
  readonly objects: Readonly<Record<string, readonly string[]>>;
  readonly updatedBy: string | undefined;
}

/** The company layout as the org holds it: the file(s) titled for it, its versions, its sharing, its latest content. */
function companyLayoutFile(org: FakeOrg): LayoutFileState | undefined {
  const files = org.records.all('ContentDocument').filter((document) => document.Title === COMPANY_LAYOUT_TITLE);
  const [file] = files;
  if (!file) return undefined;
  const versions = org.records.all('ContentVersion').filter((version) => version.ContentDocumentId === file.Id);
  const latest = versions.find((version) => version.IsLatest === true);
  const content = JSON.parse(Buffer.from(String(latest?.VersionData), 'base64').toString('utf8')) as {
    objects: Record<string, string[]>;
    updatedBy?: string;
  };
  const links = org.records.all('ContentDocumentLink').filter((link) => link.ContentDocumentId === file.Id && link.LinkedEntityId === org.orgId);
  return {
    files: files.length,
    versions: versions.length,
    sharedWithCompanyAs: links.map((link) => String(link.ShareType)),
    objects: content.objects,
    updatedBy: content.updatedBy,
  };
}

function recordId(org: FakeOrg, sobject: string, field: string, value: string): string {
  const matches = org.records.all(sobject).filter((record) => record[field] === value);
  if (matches.length !== 1) throw new Error(`${matches.length} ${sobject} records have ${field} = ${value}`);
  return matches[0]!.Id;
}

/** The Salesforce user behind the plugin's saved sign-in in this browser (it keeps only the refresh token). */
async function signedInUser(page: Page, org: FakeOrg): Promise<string | undefined> {
  const frame = await pluginFrame(page);
  const tokens = await frame.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('sfsb:auth:'))
      .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { refreshToken?: string }).refreshToken ?? ''),
  );
  expect(tokens).toHaveLength(1);
  return org.auth.refreshTokenOwner(tokens[0]!)?.userId;
}

async function openFieldSettings(plugin: FrameLocator): Promise<void> {
  await plugin.getByRole('button', { name: 'Settings' }).click();
  await expect(plugin.getByRole('heading', { name: 'Field settings' })).toBeVisible();
  await expect(plugin.getByRole('status').filter({ hasText: /^\d+ fields$/ })).toBeVisible();
}

/** An admin turns from their own fields to the company layout, the one "Save for all" sets. */
async function editCompanyLayout(plugin: FrameLocator): Promise<void> {
  await plugin.getByRole('radio', { name: 'Company layout' }).check();
  await expect(plugin.getByRole('button', { name: 'Save for all' })).toBeVisible();
  await expect(plugin.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
}

/** Finds a field in "All fields" by its label and ticks it, as an agent would with a long list. */
async function showField(plugin: FrameLocator, label: string): Promise<void> {
  await plugin.getByRole('searchbox', { name: 'Search fields' }).fill(label);
  await plugin.getByRole('checkbox', { name: `Show ${label}`, exact: true }).check();
  await expect(plugin.getByRole('list', { name: 'Shown on the card' }).getByRole('listitem').filter({ hasText: label })).toHaveCount(1);
}

function shownOnCard(plugin: FrameLocator, label: string) {
  return card(plugin, MAYA).getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
}

test('an admin’s Save for all reaches a teammate in another browser, whose own field survives the next one', async ({ page, sharedOrg, openBrowser }) => {
  // Two browsers, two sign-ins through the popup and three saves: longer than one browser's usual story.
  test.setTimeout(60_000);
  const { org } = sharedOrg;
  const maya = recordId(org, 'Contact', 'Email', SEED_PEOPLE.rich.email);
  // Data the org already holds, for the fields the teammates will choose.
  org.updateTrusted(maya, { Department: 'Operations', AssistantName: 'Leo Park' });
  const avery = org.userId;
  const noah = recordId(org, 'User', 'Username', 'noah.fischer@demo-org.example');

  // The admin (Front admin, signed in to Salesforce as Avery Admin) adds Mailing City for everyone.
  const admin = await openSignedIn(page);
  expect(await signedInUser(page, org)).toBe(avery);
  await page.getByRole('checkbox', { name: 'Teammate is admin' }).check();
  await openConversation(page, MAYA_CONVERSATION);
  await expect(fieldValue(card(admin, MAYA), 'Title')).toHaveText('VP of Operations');
  await expect(shownOnCard(admin, 'Mailing City')).toHaveCount(0);
  expect(companyLayoutFile(org)).toBeUndefined();

  await openFieldSettings(admin);
  await expect(admin.getByRole('combobox', { name: 'Object' })).toHaveValue('Contact');
  await expect(admin.getByRole('radio', { name: 'Your fields' })).toBeChecked();
  await editCompanyLayout(admin);
  await showField(admin, 'Mailing City');
  await admin.getByRole('button', { name: 'Save for all' }).click();
  await expect(fieldValue(card(admin, MAYA), 'Mailing City')).toHaveText('San Francisco');
  const first = companyLayoutFile(org);
  expect(first).toMatchObject({ files: 1, versions: 1, sharedWithCompanyAs: ['C'], updatedBy: FRONT_TEAMMATE });
  expect(first?.objects.Contact).toContain('MailingCity');

  // A teammate on another machine (not a Front admin, signed in as Noah Fischer) sees it without doing anything.
  const teammatePage = await openBrowser({ userId: noah });
  const teammate = await openSignedIn(teammatePage);
  expect(await signedInUser(teammatePage, org)).toBe(noah);
  await expect(teammatePage.getByRole('checkbox', { name: 'Teammate is admin' })).not.toBeChecked();
  await openConversation(teammatePage, MAYA_CONVERSATION);
  await expect(fieldValue(card(teammate, MAYA), 'Mailing City')).toHaveText('San Francisco');
  await expect(shownOnCard(teammate, 'Department')).toHaveCount(0);

  // The teammate adds Department for themselves: Save only, never Save for all, and nothing is written to the org.
  await openFieldSettings(teammate);
  await expect(teammate.getByText(`Company layout set by ${FRONT_TEAMMATE},`)).toBeVisible();
  await expect(teammate.getByRole('heading', { name: 'Your fields' })).toBeVisible();
  await expect(teammate.getByRole('radio', { name: 'Company layout' })).toHaveCount(0);
  await expect(teammate.getByRole('button', { name: 'Save for all' })).toHaveCount(0);
  await showField(teammate, 'Department');
  await teammate.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(fieldValue(card(teammate, MAYA), 'Department')).toHaveText('Operations');
  await expect(fieldValue(card(teammate, MAYA), 'Mailing City')).toHaveText('San Francisco');
  expect(companyLayoutFile(org)).toEqual(first);

  // The admin saves for all again, adding Assistant's Name, without the teammate's Department.
  await openFieldSettings(admin);
  await editCompanyLayout(admin);
  await expect(admin.getByRole('list', { name: 'Shown on the card' }).getByRole('listitem').filter({ hasText: 'Department' })).toHaveCount(0);
  await showField(admin, 'Assistant\'s Name');
  await admin.getByRole('button', { name: 'Save for all' }).click();
  await expect(fieldValue(card(admin, MAYA), 'Assistant\'s Name')).toHaveText('Leo Park');
  await expect(shownOnCard(admin, 'Department')).toHaveCount(0);
  const second = companyLayoutFile(org);
  expect(second).toMatchObject({ files: 1, versions: 2, sharedWithCompanyAs: ['C'] });
  expect(second?.objects.Contact).toEqual([...first!.objects.Contact!, 'AssistantName']);

  // The teammate, next time the sidebar loads, has both: their own field and the admin's new one.
  await teammatePage.reload();
  await expect(teammate.getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
  await openConversation(teammatePage, MAYA_CONVERSATION);
  await expect(fieldValue(card(teammate, MAYA), 'Assistant\'s Name')).toHaveText('Leo Park');
  await expect(fieldValue(card(teammate, MAYA), 'Department')).toHaveText('Operations');
  await expect(fieldValue(card(teammate, MAYA), 'Mailing City')).toHaveText('San Francisco');
  expect(companyLayoutFile(org)).toEqual(second);
});

test('a custom object added in Setup appears in the object picker after “Reload custom fields”', async ({ page, sharedOrg }) => {
  // A sign-in through the popup, every describe read again and an axe scan: past 30 s on a busy machine.
  test.setTimeout(45_000);
  const { org } = sharedOrg;
  const admin = await openSignedIn(page);
  await page.getByRole('checkbox', { name: 'Teammate is admin' }).check();
  await openConversation(page, MAYA_CONVERSATION);
  await expect(card(admin, MAYA)).toBeVisible();
  await openFieldSettings(admin);
  const picker = admin.getByRole('combobox', { name: 'Object' });
  const underContact = (label: string) => picker.locator('optgroup[label="Contact"] option', { hasText: label });
  await expect(underContact('Support Plan')).toHaveCount(1);
  await expect(picker.locator('option', { hasText: 'Feedback' })).toHaveCount(0);

  // An admin creates Feedback (with a lookup to Contact) in Setup while the sidebar is open, and a record of it.
  org.advanceClock(2_000);
  defineCustomObject(
    org.metadata,
    {
      name: 'Feedback__c',
      label: 'Feedback',
      labelPlural: 'Feedback',
      keyPrefix: 'a0W',
      fields: [
        lookupField('Contact__c', 'Contact', 'Contact', 'Feedback__r'),
        { name: 'Rating__c', label: 'Rating', type: 'string', length: 20 },
        { name: 'Channel__c', label: 'Channel', type: 'string', length: 40 },
      ],
    },
    org.instanceUrl,
    org.now(),
  );
  org.insertTrusted('Feedback__c', { Name: 'Onboarding survey', Contact__c: recordId(org, 'Contact', 'Email', SEED_PEOPLE.rich.email), Rating__c: 'Great', Channel__c: 'Email' });

  await admin.getByRole('button', { name: 'Reload custom fields' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Objects and fields reloaded from Salesforce.' })).toBeVisible();
  await expect(underContact('Feedback')).toHaveCount(1);
  await picker.selectOption({ label: 'Feedback' });
  await editCompanyLayout(admin);
  const chosen = admin.getByRole('list', { name: 'Shown on the card' }).getByRole('listitem');
  await expect(chosen).toHaveText([/Feedback Name/, /Rating/, /Channel/]);
  await expectNoSeriousA11yViolations(page, 'the field settings screen');

  await admin.getByRole('button', { name: 'Remove Channel' }).click();
  await expect(chosen).toHaveText([/Feedback Name/, /Rating/]);
  await admin.getByRole('button', { name: 'Save for all' }).click();

  const feedback = relatedList(admin, 'Feedback');
  await expect(feedback).toContainText('Onboarding survey');
  await expect(feedback).toContainText('Great');
  await expect(feedback).not.toContainText('Email');
  expect(companyLayoutFile(org)?.objects.Feedback__c).toEqual(['Name', 'Rating__c']);
});
