// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ERROR_COPY, SalesforceError } from '../salesforce';
import { FormField } from './form-field';
import { LookupInput, type LookupOption } from './lookup-input';
import { blockingViolations } from '../../test/support/axe';

const DEBOUNCE_MS = 40;
const ACCOUNTS: LookupOption[] = [
  { id: '001A', name: 'Acme Robotics', detail: 'acme.example · San Francisco' },
  { id: '001B', name: 'Acme Logistics' },
  { id: '001C', name: 'Acme Foods', detail: 'Sacramento' },
];

type Search = (term: string) => Promise<readonly LookupOption[]>;

function Picker({ search, initial, onSelect }: { search: Search; initial?: LookupOption; onSelect: (option: LookupOption | undefined) => void }) {
  const [selected, setSelected] = useState(initial);
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <FormField label="Account">
        {(control) => (
          <LookupInput
            control={control}
            selected={selected}
            onSelect={(option) => {
              setSelected(option);
              onSelect(option);
            }}
            search={search}
            debounceMs={DEBOUNCE_MS}
          />
        )}
      </FormField>
    </form>
  );
}

function renderPicker(options: { search?: Search; initial?: LookupOption } = {}) {
  const search = vi.fn(options.search ?? ((term: string) => Promise.resolve(ACCOUNTS.filter((option) => option.name.toLowerCase().startsWith(term.toLowerCase())))));
  const onSelect = vi.fn();
  const user = userEvent.setup();
  render(<Picker search={search} initial={options.initial} onSelect={onSelect} />);
  return { user, search, onSelect, input: screen.getByRole('combobox', { name: 'Account' }) };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 3)));

describe('LookupInput', () => {
  it('searches once the typing settles, with the whole term, and lists the matches', async () => {
    const { user, search, input } = renderPicker();
    await user.type(input, 'acme');
    const options = await screen.findAllByRole('option');

    expect(options.map((option) => option.textContent)).toEqual(['Acme Roboticsacme.example · San Francisco', 'Acme Logistics', 'Acme FoodsSacramento']);
    expect(search).toHaveBeenCalledExactlyOnceWith('acme');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('3 found.');
  });

  it('has no serious or critical axe violations with its list open', async () => {
    const { user, input } = renderPicker({ initial: ACCOUNTS[0] });
    await user.clear(input);
    await user.type(input, 'acme');
    await screen.findAllByRole('option');
    await user.keyboard('{ArrowDown}');
    expect(await blockingViolations(document.body)).toEqual([]);
  });

  it('asks for two characters before searching', async () => {
    const { user, search, input } = renderPicker();
    await user.type(input, 'a');
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('Type at least 2 characters to search.');
    expect(search).not.toHaveBeenCalled();
  });

  it('moves through the matches with the arrows, wrapping, and picks one with Enter', async () => {
    const { user, input, onSelect } = renderPicker();
    await user.type(input, 'acme');
    const [first, second, third] = await screen.findAllByRole('option');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', first?.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', second?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', third?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    expect(onSelect).toHaveBeenLastCalledWith(ACCOUNTS[1]);
    expect(input).toHaveValue('Acme Logistics');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('picks a match with the mouse', async () => {
    const { user, input, onSelect } = renderPicker();
    await user.type(input, 'acme');
    await user.click(await screen.findByRole('option', { name: /Acme Foods/ }));
    expect(onSelect).toHaveBeenLastCalledWith(ACCOUNTS[2]);
    expect(input).toHaveValue('Acme Foods');
  });

  it('closes the list with Escape, then brings the chosen name back with a second Escape', async () => {
    const { user, input, onSelect } = renderPicker({ initial: ACCOUNTS[0] });
    expect(input).toHaveValue('Acme Robotics');
    await user.clear(input);
    await user.type(input, 'acme');
    await screen.findAllByRole('option');

    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('acme');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('Acme Robotics');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('keeps the chosen record when the user types and leaves without picking', async () => {
    const { user, input, onSelect } = renderPicker({ initial: ACCOUNTS[0] });
    await user.clear(input);
    await user.type(input, 'zzz');
    await user.tab();
    expect(input).toHaveValue('Acme Robotics');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('clears the choice with the clear button, and keeps focus in the field', async () => {
    const { user, input, onSelect } = renderPicker({ initial: ACCOUNTS[0] });
    await user.click(screen.getByRole('button', { name: 'Clear Acme Robotics' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(undefined);
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Clear/ })).not.toBeInTheDocument();
  });

  it('clears the choice when the user deletes the name and leaves the field', async () => {
    const { user, input, onSelect } = renderPicker({ initial: ACCOUNTS[0] });
    await user.clear(input);
    await user.tab();
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(undefined);
    expect(input).toHaveValue('');
  });

  it('shows only the answer for the latest text, even when an earlier one arrives last', async () => {
    let releaseFirst: (options: LookupOption[]) => void = () => undefined;
    const first = new Promise<LookupOption[]>((resolve) => {
      releaseFirst = resolve;
    });
    const { user, input } = renderPicker({
      search: (term) => (term === 'ac' ? first : Promise.resolve([{ id: '001Z', name: `Result for ${term}` }])),
    });
    await user.type(input, 'ac');
    await settle();
    await user.type(input, 'me');
    expect(await screen.findByRole('option', { name: 'Result for acme' })).toBeInTheDocument();

    await act(() => {
      releaseFirst([{ id: '001Y', name: 'Stale result' }]);
      return first;
    });
    expect(screen.queryByRole('option', { name: 'Stale result' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it("says when a search didn't work, in Salesforce's words when it can", async () => {
    const { user, input } = renderPicker({ search: () => Promise.reject(new SalesforceError({ code: 'REQUEST_LIMIT_EXCEEDED' })) });
    await user.type(input, 'acme');
    const copy = ERROR_COPY.REQUEST_LIMIT_EXCEEDED;
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${copy.userMessage} ${copy.action}.`));
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('says so when nothing matches, and leaves Enter to the form while nothing is active', async () => {
    const submitted = vi.fn();
    const { user, input } = renderPicker({ search: () => Promise.resolve([]) });
    input.closest('form')?.addEventListener('submit', submitted);
    await user.type(input, 'nobody');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No matches for “nobody”.'));
    await user.keyboard('{Enter}');
    expect(submitted).toHaveBeenCalledOnce();
  });
});
