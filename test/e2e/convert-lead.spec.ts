import { expectNoSeriousA11yViolations } from './a11y';
import { expect, openConversation, openDemo, test } from './fixtures';
import { card, relatedList } from './people-helpers';
import { onlyOrgRecord, orgRecord, orgRecords } from './org-records';
import { openFromSearch } from './search-helpers';

const MIA = 'Mia Thompson';
const MIA_EMAIL = 'mia.thompson@harborlightdental.example';
const MIA_CONVERSATION = 'Pricing for our three practice locations';
const HARBOR_LIGHT = 'Harbor Light Dental';
const RYAN = 'Ryan Fletcher';
const COBALT = 'Cobalt Financial Group';

test('converts Mia Thompson’s Lead into a new Account with an Opportunity, and the panel shows her as a Contact', async ({ page }) => {
  const plugin = await openDemo(page);
  await openConversation(page, MIA_CONVERSATION);
  const lead = card(plugin, MIA);
  await expect(lead.getByText('Lead', { exact: true })).toBeVisible();
  const leadId = (await onlyOrgRecord(page, 'Lead', 'Email', MIA_EMAIL)).Id;
  const accountsBefore = (await orgRecords(page, 'Account')).length;

  await lead.getByRole('button', { name: `Convert ${MIA}` }).click();

  const screen = plugin.getByRole('region', { name: 'Convert lead' });
  await expect(screen.getByRole('radio', { name: `Create new account: ${HARBOR_LIGHT}` })).toBeChecked();
  // No Account in the org looks like Harbor Light Dental, so the only other choice is searching for one.
  await expect(screen.getByRole('radio')).toHaveCount(2);
  await expect(screen.getByRole('checkbox', { name: "Don't create an opportunity" })).not.toBeChecked();
  const opportunityName = screen.getByRole('textbox', { name: /Opportunity name/ });
  await expect(opportunityName).toHaveValue(`${HARBOR_LIGHT}-`);
  await expectNoSeriousA11yViolations(page, 'the convert lead screen');
  await opportunityName.fill(`${HARBOR_LIGHT} - Three locations`);
  await screen.getByRole('button', { name: 'Convert', exact: true }).click();

  // Back on the panel, the conversation's sender is now a Contact at her new Account.
  await expect(screen).toBeHidden();
  const contact = card(plugin, MIA);
  await expect(contact.getByText('Contact', { exact: true })).toBeVisible();
  await expect(contact.getByText('Lead', { exact: true })).toBeHidden();
  await expect(contact.getByRole('button', { name: `Convert ${MIA}` })).toBeHidden();
  const account = card(plugin, HARBOR_LIGHT);
  await expect(account).toBeVisible();
  await expect(relatedList(plugin, 'Open Opportunities').getByText(`${HARBOR_LIGHT} - Three locations`)).toBeVisible();

  const converted = await orgRecord(page, leadId);
  expect(converted).toMatchObject({ IsConverted: true, Status: 'Closed - Converted' });
  const newContact = await orgRecord(page, String(converted?.ConvertedContactId));
  const newAccount = await orgRecord(page, String(converted?.ConvertedAccountId));
  const opportunity = await orgRecord(page, String(converted?.ConvertedOpportunityId));
  expect(newAccount).toMatchObject({ Name: HARBOR_LIGHT });
  expect(newContact).toMatchObject({ FirstName: 'Mia', LastName: 'Thompson', Email: MIA_EMAIL, AccountId: newAccount?.Id });
  expect(opportunity).toMatchObject({ Name: `${HARBOR_LIGHT} - Three locations`, AccountId: newAccount?.Id });
  expect((await orgRecords(page, 'Account')).length).toBe(accountsBefore + 1);
});

test('converts a Lead opened from search into the existing Account it suggests, without an Opportunity', async ({ page }) => {
  const plugin = await openDemo(page);
  const leadId = (await onlyOrgRecord(page, 'Lead', 'LastName', 'Fletcher')).Id;
  const cobaltId = (await onlyOrgRecord(page, 'Account', 'Name', COBALT)).Id;
  const accountsBefore = (await orgRecords(page, 'Account')).length;
  const opportunitiesBefore = (await orgRecords(page, 'Opportunity')).length;
  await openFromSearch(plugin, RYAN, 'Leads', RYAN);
  const found = plugin.getByRole('region', { name: 'Search result' });
  await found.getByRole('article', { name: RYAN }).getByRole('button', { name: `Convert ${RYAN}` }).click();

  const screen = plugin.getByRole('region', { name: 'Convert lead' });
  // Same name and same email domain: the existing Account is preselected, so no duplicate gets created by default.
  const suggested = screen.getByRole('radio', { name: new RegExp(`^Use ${COBALT}`) });
  await expect(suggested).toBeChecked();
  await expect(screen.getByRole('radio', { name: `Create new account: ${COBALT}` })).not.toBeChecked();
  await screen.getByRole('checkbox', { name: "Don't create an opportunity" }).check();
  await expect(screen.getByRole('textbox', { name: /Opportunity name/ })).toBeDisabled();
  await screen.getByRole('button', { name: 'Convert', exact: true }).click();

  await expect(screen).toBeHidden();
  // He was opened from search as a Lead; the search result is now the Contact he became.
  const contact = found.getByRole('article', { name: RYAN });
  await expect(contact.getByText('Contact', { exact: true })).toBeVisible();
  await expect(contact.getByRole('button', { name: `Convert ${RYAN}` })).toBeHidden();
  await expect(found.getByRole('article', { name: COBALT })).toBeVisible();

  const converted = await orgRecord(page, leadId);
  expect(converted).toMatchObject({ IsConverted: true, ConvertedAccountId: cobaltId, ConvertedOpportunityId: null });
  expect(await orgRecord(page, String(converted?.ConvertedContactId))).toMatchObject({ LastName: 'Fletcher', AccountId: cobaltId });
  expect((await orgRecords(page, 'Account')).length).toBe(accountsBefore);
  expect((await orgRecords(page, 'Opportunity')).length).toBe(opportunitiesBefore);
});
