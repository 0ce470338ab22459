import type { FrameLocator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, openConversation, openDemo, pluginFrame, test } from './fixtures';
import { card } from './people-helpers';
import { onlyOrgRecord, orgRecords } from './org-records';
import { openFromSearch } from './search-helpers';

const MAYA = 'Maya Chen';
const ACME = 'Acme Robotics';
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const ROLLOUT_CONVERSATION = 'Rollout of the new picking robots in Oakland';
const ELENA = 'Elena Petrova';
const ELENA_EMAIL = 'elena.petrova@acme.example';
const MIA_CONVERSATION = 'Pricing for our three practice locations';

// Maya's conversation, as the Front stand-in lists it: Maya writes, Alex (the team) answers, Maya writes back.
const MAYA_MESSAGES = {
  first: { id: 'msg_maya_1', checkbox: /^Robot arm calibration drifts after an hour Maya Chen/ },
  reply: { id: 'msg_maya_2', checkbox: /^Re: Robot arm calibration drifts after an hour Alex Morgan/ },
  followUp: { id: 'msg_maya_3', checkbox: /^Re: Robot arm calibration drifts after an hour Maya Chen/ },
};
const ROLLOUT_MESSAGE_IDS = ['msg_rollout_1', 'msg_rollout_2', 'msg_rollout_3', 'msg_rollout_4', 'msg_rollout_5', 'msg_rollout_6'];

function logScreen(plugin: FrameLocator) {
  return plugin.getByRole('region', { name: 'Log email' });
}

/** How many EmailMessages the org holds per Front message id, for those related to (RelatedToId) the record. */
async function loggedToRecord(page: Page, recordId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const email of await orgRecords(page, 'EmailMessage')) {
    if (email.RelatedToId === recordId) counts[String(email.MessageIdentifier)] = (counts[String(email.MessageIdentifier)] ?? 0) + 1;
  }
  return counts;
}

/** How many EmailMessages the org holds per Front message id, for those with the person as a recipient. */
async function loggedToPerson(page: Page, personId: string): Promise<Record<string, number>> {
  const relations = await orgRecords(page, 'EmailMessageRelation');
  const emailIds = new Set(relations.filter((relation) => relation.RelationId === personId).map((relation) => relation.EmailMessageId));
  const counts: Record<string, number> = {};
  for (const email of await orgRecords(page, 'EmailMessage')) {
    if (emailIds.has(email.Id)) counts[String(email.MessageIdentifier)] = (counts[String(email.MessageIdentifier)] ?? 0) + 1;
  }
  return counts;
}

/** Front hands the messages over a page at a time (the stand-in: two per page); the screen reads every page itself. */
async function loadEveryMessage(plugin: FrameLocator, count: number): Promise<void> {
  const screen = logScreen(plugin);
  await expect(screen.getByRole('checkbox')).toHaveCount(count);
  await expect(screen.getByRole('button', { name: 'Load more' })).toHaveCount(0);
}

const once = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, 1]));

test('logs picked emails to an Account: they show "Logged", and a double-click logs the rest exactly once', async ({ page }) => {
  const plugin = await openDemo(page);
  await openConversation(page, MAYA_CONVERSATION);
  const acmeId = (await onlyOrgRecord(page, 'Account', 'Name', ACME)).Id;
  await card(plugin, ACME).getByRole('button', { name: `Log email to ${ACME}` }).click();

  const screen = logScreen(plugin);
  await expect(screen.getByText(ACME, { exact: true })).toBeVisible();
  await loadEveryMessage(plugin, 3);
  // Maya's follow-up is on the stand-in's second page, and the newest: it comes first without a click.
  await expect(screen.getByRole('checkbox').first()).toHaveAccessibleName(MAYA_MESSAGES.followUp.checkbox);
  await expect(screen.getByRole('button', { name: 'Log emails' })).toBeDisabled();
  await expectNoSeriousA11yViolations(page, 'the log email screen');
  await screen.getByRole('checkbox', { name: MAYA_MESSAGES.first.checkbox }).check();
  await screen.getByRole('checkbox', { name: MAYA_MESSAGES.followUp.checkbox }).check();
  await screen.getByRole('button', { name: 'Log 2 emails' }).click();

  await expect(screen).toBeHidden();
  await expect(card(plugin, ACME)).toBeVisible();
  expect(await loggedToRecord(page, acmeId)).toEqual(once([MAYA_MESSAGES.first.id, MAYA_MESSAGES.followUp.id]));
  const first = (await orgRecords(page, 'EmailMessage')).find((email) => email.MessageIdentifier === MAYA_MESSAGES.first.id);
  expect(first).toMatchObject({ Subject: MAYA_CONVERSATION, Status: '3', Incoming: true, FromAddress: 'maya.chen@acme.example' });

  // Open again: what was logged shows "Logged" and can't be picked; the reply is still to log.
  await card(plugin, ACME).getByRole('button', { name: `Log email to ${ACME}` }).click();
  await loadEveryMessage(plugin, 3);
  for (const message of [MAYA_MESSAGES.first, MAYA_MESSAGES.followUp]) {
    const checkbox = screen.getByRole('checkbox', { name: message.checkbox });
    await expect(checkbox).toBeChecked();
    await expect(checkbox).toBeDisabled();
    await expect(checkbox).toHaveAccessibleName(/Logged$/);
  }
  const reply = screen.getByRole('checkbox', { name: MAYA_MESSAGES.reply.checkbox });
  await expect(reply).toBeEnabled();
  await expect(reply).not.toBeChecked();
  await reply.check();
  // A double-click whose second click lands before the sidebar has re-rendered (both in one task, as on a busy
  // machine): the button can't have turned to "Logging…" yet, so nothing but the log itself can stop a second one.
  await screen.getByRole('button', { name: 'Log 1 email' }).evaluate((button: HTMLElement) => {
    button.click();
    button.click();
  });

  await expect(screen).toBeHidden();
  expect(await loggedToRecord(page, acmeId)).toEqual(once(Object.values(MAYA_MESSAGES).map((message) => message.id)));

  await card(plugin, ACME).getByRole('button', { name: `Log email to ${ACME}` }).click();
  await loadEveryMessage(plugin, 3);
  await expect(screen.getByText('Logged', { exact: true })).toHaveCount(3);
  await expect(screen.getByRole('button', { name: 'Log emails' })).toBeDisabled();
});

test('logs to a person who takes part in the conversation, once each, even what a teammate logged meanwhile', async ({ page }) => {
  const plugin = await openDemo(page);
  await openConversation(page, ROLLOUT_CONVERSATION);
  await plugin.getByRole('combobox', { name: 'Show person' }).selectOption({ label: `${ELENA} (${ELENA_EMAIL})` });
  const elenaId = (await onlyOrgRecord(page, 'Contact', 'Email', ELENA_EMAIL)).Id;
  await card(plugin, ELENA).getByRole('button', { name: `Log email to ${ELENA}` }).click();

  const screen = logScreen(plugin);
  await loadEveryMessage(plugin, ROLLOUT_MESSAGE_IDS.length);
  await screen.getByRole('button', { name: 'Select all' }).click();
  const logAll = screen.getByRole('button', { name: `Log ${ROLLOUT_MESSAGE_IDS.length} emails` });
  await expect(logAll).toBeEnabled();

  // While the screen is open, a teammate logs Elena's own message to her in Salesforce.
  const teammates = await (await pluginFrame(page)).evaluate(
    ({ personId, messageId }) => {
      const org = window.__fakeOrg;
      if (!org) throw new Error('The demo org is not running');
      const email = org.insertTrusted('EmailMessage', { Subject: 'Logged by a teammate', Status: '3', MessageIdentifier: messageId });
      org.insertTrusted('EmailMessageRelation', { EmailMessageId: email.Id, RelationId: personId, RelationType: 'ToAddress' });
      return email.Id;
    },
    { personId: elenaId, messageId: 'msg_rollout_3' },
  );
  await logAll.click();

  await expect(screen).toBeHidden();
  await expect(card(plugin, ELENA)).toBeVisible();
  expect(await loggedToPerson(page, elenaId)).toEqual(once(ROLLOUT_MESSAGE_IDS));
  const emails = await orgRecords(page, 'EmailMessage');
  expect(emails.filter((email) => email.MessageIdentifier === 'msg_rollout_3').map((email) => email.Id)).toEqual([teammates]);
  // A person is linked as the email's recipient, not as what it is about.
  expect(emails.filter((email) => ROLLOUT_MESSAGE_IDS.includes(String(email.MessageIdentifier))).every((email) => email.RelatedToId == null)).toBe(true);
  // ...through the list she was on in each message (Ravi and Marcus wrote to the team with her in To and Cc).
  const messageOf = new Map(emails.map((email) => [email.Id, String(email.MessageIdentifier)]));
  const elenaRelations = (await orgRecords(page, 'EmailMessageRelation')).filter((relation) => relation.RelationId === elenaId);
  expect(Object.fromEntries(elenaRelations.map((relation) => [messageOf.get(String(relation.EmailMessageId)), relation.RelationType]))).toEqual({
    msg_rollout_1: 'ToAddress',
    msg_rollout_2: 'ToAddress',
    msg_rollout_3: 'ToAddress',
    msg_rollout_4: 'ToAddress',
    msg_rollout_5: 'CcAddress',
    msg_rollout_6: 'CcAddress',
  });

  await card(plugin, ELENA).getByRole('button', { name: `Log email to ${ELENA}` }).click();
  await loadEveryMessage(plugin, ROLLOUT_MESSAGE_IDS.length);
  await expect(screen.getByText('Logged', { exact: true })).toHaveCount(ROLLOUT_MESSAGE_IDS.length);
  await expect(screen.getByRole('button', { name: 'Log emails' })).toBeDisabled();
});

test('a person who takes no part in the open conversation offers no "Log email"', async ({ page }) => {
  const plugin = await openDemo(page);
  await openConversation(page, MIA_CONVERSATION);
  await expect(card(plugin, 'Mia Thompson').getByRole('button', { name: 'Log email to Mia Thompson' })).toBeVisible();

  await openFromSearch(plugin, 'maya', 'Contacts', MAYA);

  const maya = plugin.getByRole('region', { name: 'Search result' }).getByRole('article', { name: MAYA });
  await expect(maya.getByRole('button', { name: `Edit ${MAYA}` })).toBeVisible();
  await expect(maya.getByRole('button', { name: /^Log email/ })).toHaveCount(0);
  // Her Account is not a person: logging the conversation there stays possible.
  await expect(plugin.getByRole('article', { name: ACME }).getByRole('button', { name: `Log email to ${ACME}` })).toBeVisible();
});
