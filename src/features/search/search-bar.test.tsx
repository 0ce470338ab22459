// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { SEARCH_DEBOUNCE_MS } from './use-search-state';
import { renderSearchBar } from './test-support/render-search-bar';

const fakeOrg = withFakeOrg();
// Without vitest globals, Testing Library can't register its own cleanup.
afterEach(cleanup);
const { rich, apostrophe } = SEED_PEOPLE;
const mayaName = `${rich.firstName} ${rich.lastName}`;

function contactId(email: string): string {
  const contact = fakeOrg().org.records.all('Contact').find((record) => record.Email === email);
  if (typeof contact?.Id !== 'string') throw new Error(`No seeded Contact with ${email}`);
  return contact.Id;
}

const afterDebounce = () => new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 150));

async function findGroup(name: string) {
  return within(await screen.findByRole('group', { name })).findAllByRole('option');
}

describe('SearchBar', () => {
  it('shows Maya Chen under Contacts when typing "maya"', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'maya');

    const contacts = await findGroup('Contacts');
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toHaveTextContent(mayaName);
    expect(contacts[0]).toHaveTextContent(rich.email);
    expect(input).toHaveAttribute('aria-expanded', 'true');
  });

  it('finds by a prefix, so a half-typed name already matches', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'may');
    expect(await screen.findByRole('option', { name: new RegExp(mayaName) })).toBeInTheDocument();
  });

  it('opens the active option with ArrowDown and Enter, then closes and clears', async () => {
    const { user, input, onSelect } = renderSearchBar(fakeOrg());
    await user.type(input, 'maya');
    const option = await screen.findByRole('option', { name: new RegExp(mayaName) });

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', option.id);
    expect(option).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');

    expect(onSelect).toHaveBeenCalledExactlyOnceWith({
      sobject: 'Contact',
      id: contactId(rich.email),
      title: mayaName,
      subtitle: `${rich.email} · ${rich.account}`,
    });
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves through every group with the arrows, wrapping at both ends', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'acme');
    const options = await screen.findAllByRole('option');

    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)?.id);
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
  });

  it('finds the Account and its Opportunities for "acme"', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'acme');

    const accounts = await findGroup('Accounts');
    expect(accounts.map((option) => option.textContent)).toEqual([`${rich.account}www.acme.example · San Francisco`]);
    const opportunities = await findGroup('Opportunities');
    expect(opportunities.length).toBeGreaterThanOrEqual(2);
    for (const option of opportunities) expect(option).toHaveTextContent(rich.account);
  });

  it('selects an option on click', async () => {
    const { user, input, onSelect } = renderSearchBar(fakeOrg());
    await user.type(input, 'acme');
    const [account] = await findGroup('Accounts');
    if (!account) throw new Error('no account option');

    await user.click(account);
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ sobject: 'Account', title: rich.account }));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it("finds a name with an apostrophe, and searches SOSL's reserved characters without an error", async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, "o'brien");
    expect(await screen.findByRole('option', { name: new RegExp(`${apostrophe.firstName} ${apostrophe.lastName}`) })).toBeInTheDocument();

    await user.clear(input);
    // user-event reads "{{" as a typed "{".
    await user.type(input, "o'brien (x) {{a} & b* -c");
    expect(await screen.findByText("No results for “o'brien (x) {a} & b* -c”")).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends no request for fewer than two letters or digits', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    const served = fakeOrg().org.usage.served;
    await user.type(input, 'm');
    await afterDebounce();
    await user.clear(input);
    await user.type(input, '- *');
    await afterDebounce();

    expect(fakeOrg().org.usage.served).toBe(served);
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('sends one search for a word typed quickly', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    const served = fakeOrg().org.usage.served;
    await user.type(input, 'maya');
    await screen.findByRole('option', { name: new RegExp(mayaName) });
    await afterDebounce();

    expect(fakeOrg().org.usage.served).toBe(served + 1);
  });

  it('closes on Escape, and clears the text on a second Escape', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'maya');
    await screen.findByRole('listbox');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('maya');

    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('reopens the list with ArrowDown after Escape', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'maya');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'zzyzx');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No results for “zzyzx”'));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it("never shows the previous term's results once the new term is being searched", async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'maya');
    await screen.findByRole('option', { name: new RegExp(mayaName) });

    fakeOrg().org.faults.latencyMs = 1_000;
    await user.clear(input);
    await user.type(input, 'acme');
    await afterDebounce();

    expect(screen.getByRole('status')).toHaveTextContent('Searching…');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Accounts' }, { timeout: 2_000 })).toBeInTheDocument();
  });

  it("shows Salesforce's reason when the search fails", async () => {
    fakeOrg().org.faults.apiLimitExhausted = true;
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'maya');

    expect(await screen.findByRole('alert')).toHaveTextContent('Your Salesforce org has reached its API request limit.');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('closes the list when focus leaves the search', async () => {
    const { user, input } = renderSearchBar(fakeOrg());
    await user.type(input, 'maya');
    await screen.findByRole('listbox');
    await user.tab();
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
  });
});
