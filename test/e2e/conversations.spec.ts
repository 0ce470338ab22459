import type { FrameLocator } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expect, openConversation, openDemo, pluginFrame, sidebar, test } from './fixtures';
import { card, fieldValue, relatedList } from './people-helpers';

// Subjects of src/dev-host/conversations.json, as the conversation list shows them.
const CONVERSATIONS = {
  mayaEmail: 'Robot arm calibration drifts after an hour',
  miaLead: 'Pricing for our three practice locations',
  samBoth: 'Q3 campaign assets',
  jordanDomain: 'Access for a new team member',
  chrisFreeMail: 'Question about your support plans',
  mayaSms: 'SMS with +14155550134',
  acmeRollout: 'Rollout of the new picking robots in Oakland',
  seanApostrophe: 'Engagement letter for Q2',
  orchardShared: 'Invoice INV-20417: duplicate charge?',
  internal: 'Acme renewal: who takes the call?',
} as const;

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const SAM = `${SEED_PEOPLE.contactAndLead.firstName} ${SEED_PEOPLE.contactAndLead.lastName}`;
const SEAN = `${SEED_PEOPLE.apostrophe.firstName} ${SEED_PEOPLE.apostrophe.lastName}`;
const JORDAN = SEED_PEOPLE.unknownAtAccountDomain[0];
const ORCHARD = SEED_PEOPLE.sharedEmail;

/** The caption over a card's name: the object's label, or "Lead" for a person found as a Lead. */
function caption(plugin: FrameLocator, name: string, text: string) {
  return card(plugin, name).getByText(text, { exact: true });
}

async function expectNoCards(plugin: FrameLocator) {
  await expect(plugin.getByRole('article')).toHaveCount(0);
}

test.describe('the records each demo conversation shows', () => {
  test("Maya Chen's email: her Contact with its lists and custom records, then her account's", async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.mayaEmail);

    const maya = card(plugin, MAYA);
    await expect(caption(plugin, MAYA, 'Contact')).toBeVisible();
    await expect(fieldValue(maya, 'Account')).toHaveText(SEED_PEOPLE.rich.account);
    await expect(fieldValue(maya, 'Email')).toHaveText(SEED_PEOPLE.rich.email);
    // Her card and its lists first, then the account's card and its lists.
    await expect(plugin.getByRole('heading', { level: 2 })).toHaveText([
      MAYA,
      'Open Cases (2)',
      'Recent Tasks (5)',
      'Notes (2)',
      'Support Plans (1)',
      SEED_PEOPLE.rich.account,
      'Open Opportunities (2)',
      'Open Cases (2)',
      'Account Service Requests (3)',
    ]);
    await expect(caption(plugin, SEED_PEOPLE.rich.account, 'Account')).toBeVisible();

    const [herCases, accountCases] = [relatedList(plugin, 'Open Cases').nth(0), relatedList(plugin, 'Open Cases').nth(1)];
    for (const cases of [herCases, accountCases]) {
      await expect(cases.getByRole('listitem')).toHaveText([/Replacement gripper pads on backorder/, /Robot arm calibration drifts after firmware 4\.2/]);
    }
    await expect(relatedList(plugin, 'Recent Tasks').getByRole('listitem')).toHaveText([
      /^Quarterly business review/,
      /^Send revised quote/,
      /^Call Maya about the calibration case/,
      /^Email: Fleet expansion proposal/,
      /^Email: Re: Premium support renewal terms/,
    ]);
    await expect(relatedList(plugin, 'Notes').getByRole('listitem')).toHaveText([/^Firmware concerns/, /^Who decides/]);
    await expect(relatedList(plugin, 'Support Plans').getByRole('listitem')).toHaveText([/^Acme Robotics Gold Support/]);
    await expect(relatedList(plugin, 'Open Opportunities').getByRole('listitem')).toHaveText([
      /^Acme Robotics - Warehouse Fleet Expansion/,
      /^Acme Robotics - Premium Support Renewal/,
    ]);
    const requests = relatedList(plugin, 'Account Service Requests').getByRole('listitem');
    await expect(requests).toHaveCount(3);
    for (const request of ['SR-1001 Replace monitor in the control room', 'SR-1002 Licence true-up', 'SR-1003 Refund duplicate shipping fee']) {
      await expect(requests.getByText(request, { exact: true })).toBeVisible();
    }

    // Closed records stay out of the "open" lists, and the managed package's Widgets are not the panel's.
    await expect(plugin.getByText('Dashboard login loop')).toHaveCount(0);
    await expect(plugin.getByText('Acme Robotics - Pilot Program')).toHaveCount(0);
    await expect(plugin.getByText(/Widget/)).toHaveCount(0);
  });

  test('Mia Thompson: her Lead, and no Contact', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.miaLead);

    await expect(caption(plugin, 'Mia Thompson', 'Lead')).toBeVisible();
    await expect(fieldValue(card(plugin, 'Mia Thompson'), 'Company')).toHaveText('Harbor Light Dental');
    await expect(plugin.getByRole('article')).toHaveCount(1);
  });

  test('Sam Rivera, a Contact and a Lead with one email: the Contact only', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.samBoth);

    await expect(caption(plugin, SAM, 'Contact')).toBeVisible();
    await expect(plugin.getByText('Lead', { exact: true })).toHaveCount(0);
    await expect(plugin.getByRole('article').getByRole('heading')).toHaveText([SAM, SEED_PEOPLE.contactAndLead.account]);
    // The org really holds both, so the Contact won a real contest.
    const frame = await pluginFrame(page);
    const leads = await frame.evaluate(
      (email) => window.__fakeOrg!.records.all('Lead').filter((lead) => String(lead.Email).toLowerCase() === email).length,
      SEED_PEOPLE.contactAndLead.email,
    );
    expect(leads).toBe(1);
  });

  test("Jordan Lee, unknown at an account's domain: the offer to create him, and the account", async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.jordanDomain);

    await expect(plugin.getByText(`No Contact or Lead for ${JORDAN.email}`)).toBeVisible();
    await expect(plugin.getByRole('button', { name: 'Create Contact' })).toBeVisible();
    await expect(plugin.getByRole('button', { name: 'Create Lead' })).toBeVisible();
    await expect(caption(plugin, JORDAN.account, 'Account')).toBeVisible();
    await expect(plugin.getByRole('article')).toHaveCount(1);
  });

  test('Chris Taylor, a free-mail stranger: no record and no account guessed from gmail.com', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.chrisFreeMail);

    await expect(plugin.getByText('No Salesforce record for chris.taylor.design@gmail.com')).toBeVisible();
    await expect(plugin.getByRole('button', { name: 'Create Lead' })).toBeVisible();
    await expectNoCards(plugin);
  });

  test("an SMS from +14155550134: Maya Chen, whose number Salesforce stores as '(415) 555-0134'", async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.mayaSms);

    const maya = card(plugin, MAYA);
    await expect(caption(plugin, MAYA, 'Contact')).toBeVisible();
    await expect(fieldValue(maya, 'Business Phone')).toHaveText(SEED_PEOPLE.rich.phone);
    await expect(card(plugin, SEED_PEOPLE.rich.account)).toBeVisible();
  });

  test('a thread with several people: the main recipient first, the other outsiders one switch away', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.acmeRollout);

    await expect(plugin.getByRole('heading', { level: 2 }).first()).toHaveText('Ravi Shah');
    await expect(fieldValue(card(plugin, 'Ravi Shah'), 'Title')).toHaveText('Procurement Manager');
    // Teammates (Alex, Jamie) and the team's support@ address are not people to look up.
    const switcher = plugin.getByRole('combobox', { name: 'Show person' });
    await expect(switcher.getByRole('option')).toHaveText([
      'Ravi Shah (ravi.shah@acme.example)',
      'Elena Petrova (elena.petrova@acme.example)',
      'Marcus Johnson (marcus.johnson@acme.example)',
    ]);

    await switcher.selectOption({ label: 'Elena Petrova (elena.petrova@acme.example)' });

    await expect(fieldValue(card(plugin, 'Elena Petrova'), 'Title')).toHaveText('Chief Technology Officer');
    await expect(plugin.getByRole('heading', { name: 'Ravi Shah' })).toHaveCount(0);
  });

  test("Sean O'Brien, an email with an apostrophe: his Contact", async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.seanApostrophe);

    await expect(caption(plugin, SEAN, 'Contact')).toBeVisible();
    await expect(fieldValue(card(plugin, SEAN), 'Email')).toHaveText(SEED_PEOPLE.apostrophe.email);
  });

  test('a shared address: the agent chooses who wrote, the choice survives a reload and can be undone', async ({ page }) => {
    let plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.orchardShared);

    const chooser = () => sidebar(page).getByRole('region', { name: `2 people use ${ORCHARD.email}` });
    await expect(chooser().getByRole('button')).toHaveCount(2);
    await expect(chooser().getByRole('button', { name: /^Dana Whitfield Contact/ })).toBeVisible();
    await chooser().getByRole('button', { name: /^Lee Park Contact/ }).click();

    await expect(fieldValue(card(plugin, 'Lee Park'), 'Title')).toHaveText('Controller');
    await expect(chooser()).toHaveCount(0);
    await expect(plugin.getByRole('heading', { name: 'Dana Whitfield' })).toHaveCount(0);

    plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.orchardShared);
    await expect(card(plugin, 'Lee Park')).toBeVisible();
    await expect(chooser()).toHaveCount(0);

    await plugin.getByRole('button', { name: 'Not this person? Choose another' }).click();
    await expect(chooser().getByRole('button')).toHaveCount(2);
    await expectNoCards(plugin);
  });

  test('an internal discussion: nobody to look up', async ({ page }) => {
    const plugin = await openDemo(page);
    await openConversation(page, CONVERSATIONS.internal);

    await expect(plugin.getByText('No one outside your team takes part in this conversation.')).toBeVisible();
    await expectNoCards(plugin);
  });

  test('no conversation, at first and after clearing the selection: an invitation to select one', async ({ page }) => {
    const plugin = await openDemo(page);
    const invitation = plugin.getByText('Select a conversation to see its sender in Salesforce.');
    await expect(invitation).toBeVisible();

    await openConversation(page, CONVERSATIONS.samBoth);
    await expect(card(plugin, SAM)).toBeVisible();
    await page.getByRole('button', { name: 'Clear selection' }).click();

    await expect(invitation).toBeVisible();
    await expectNoCards(plugin);
  });

  test('several conversations selected: how many, and no records', async ({ page }) => {
    const plugin = await openDemo(page);
    await page.getByRole('checkbox', { name: `Select ${CONVERSATIONS.mayaEmail}` }).check();
    await page.getByRole('checkbox', { name: `Select ${CONVERSATIONS.samBoth}` }).check();

    await expect(plugin.getByText('2 conversations selected. Select one to see its sender in Salesforce.')).toBeVisible();
    await expectNoCards(plugin);
  });

  test("switching quickly never shows the previous sender's card", async ({ page }) => {
    const plugin = await openDemo(page);
    const frame = await pluginFrame(page);
    await frame.evaluate(() => {
      // Every request now takes 300 ms, so Maya's panel is still on its way when Mia's conversation opens.
      window.__fakeOrg!.faults.latencyMs = 300;
      // Keeps every card heading that ever shows, so a brief flash of Maya's card can't slip between two checks.
      const seen: string[] = [];
      Object.assign(window, { cardHeadingsSeen: seen });
      new MutationObserver(() => {
        for (const heading of document.querySelectorAll('article h2')) {
          const text = heading.textContent ?? '';
          if (!seen.includes(text)) seen.push(text);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });

    await openConversation(page, CONVERSATIONS.mayaEmail);
    await openConversation(page, CONVERSATIONS.miaLead);

    await expect(page.getByRole('heading', { name: CONVERSATIONS.miaLead })).toBeVisible();
    await expect(plugin.getByRole('heading', { name: MAYA })).toHaveCount(0);
    await expect(caption(plugin, 'Mia Thompson', 'Lead')).toBeVisible();
    await expect(plugin.getByRole('heading', { name: MAYA })).toHaveCount(0);
    const seen = await frame.evaluate(() => (window as unknown as { cardHeadingsSeen: string[] }).cardHeadingsSeen);
    expect(seen).toEqual(['Mia Thompson']);
  });
});
