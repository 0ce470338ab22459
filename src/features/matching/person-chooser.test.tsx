// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStandardDescribes } from '../../fake-org/metadata';
import { sobjectDescribeSchema } from '../../salesforce/schemas/describe';
import { ChooseAnotherPersonButton, PersonChooser } from './person-chooser';
import type { RecordBundle } from './sender-panel';
import { choiceStorageKey, useRememberedChoice } from './use-person-choice';

const describes = Object.fromEntries(
  buildStandardDescribes('https://demo.my.salesforce.com').map((describe) => [describe.name, sobjectDescribeSchema.parse(describe)]),
);
const HANDLE = 'accounts@orchardfoods.example';
const HANDLE_KEY = `email:${HANDLE}`;

function person(id: string, sobject: string, fields: Record<string, unknown>): RecordBundle {
  return { sobject, record: { attributes: { type: sobject }, Id: id, ...fields }, related: [] };
}

const orchard = { attributes: { type: 'Account' }, Name: 'Orchard Fresh Foods' };
const PEOPLE = [
  person('003000000000001AAA', 'Contact', { Name: 'Dana Whitfield', Title: 'Accounts Payable Specialist', Account: orchard }),
  person('003000000000002AAA', 'Contact', { Name: 'Lee Park', Title: 'Controller', Account: orchard }),
  person('00Q000000000003AAA', 'Lead', { Name: 'Pat Orchard', Company: 'Orchard Consulting' }),
];

function ChosenPerson({ people }: { people: readonly RecordBundle[] }) {
  const [chosenId, choose, clear] = useRememberedChoice('org-1', HANDLE_KEY, people.map((bundle) => String(bundle.record.Id)));
  const chosen = people.find((bundle) => bundle.record.Id === chosenId);
  if (!chosen) return <PersonChooser people={people} describes={describes} onChoose={choose} handle={HANDLE} />;
  return (
    <article aria-label="Chosen person">
      <h2>{String(chosen.record.Name)}</h2>
      <ChooseAnotherPersonButton onClick={clear} />
    </article>
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('PersonChooser with a remembered choice', () => {
  it('lists everyone using the handle with title, account and object', () => {
    render(<ChosenPerson people={PEOPLE} />);
    const chooser = screen.getByRole('region', { name: `3 people use ${HANDLE}` });
    const lee = within(chooser).getByRole('button', { name: /Lee Park/ });
    expect(lee.textContent).toContain('Controller · Orchard Fresh Foods');
    expect(lee.textContent).toContain('Contact');
    expect(within(chooser).getByRole('button', { name: /Pat Orchard/ }).textContent).toContain('Lead');
  });

  it('remembers the choice per org and handle, and restores it on the next render', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ChosenPerson people={PEOPLE} />);
    await user.click(screen.getByRole('button', { name: /Lee Park/ }));

    expect(screen.getByRole('heading', { name: 'Lee Park' })).toBeTruthy();
    expect(localStorage.getItem(choiceStorageKey('org-1', HANDLE_KEY))).toBe('003000000000002AAA');
    expect(localStorage.getItem('sfsb:choice:org-1:email:accounts@orchardfoods.example')).toBe('003000000000002AAA');

    unmount();
    render(<ChosenPerson people={PEOPLE} />);
    expect(screen.getByRole('heading', { name: 'Lee Park' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /people use/ })).toBeNull();
  });

  it('re-opens the chooser from "Not this person? Choose another"', async () => {
    const user = userEvent.setup();
    localStorage.setItem(choiceStorageKey('org-1', HANDLE_KEY), '003000000000001AAA');
    render(<ChosenPerson people={PEOPLE} />);
    await user.click(screen.getByRole('button', { name: 'Not this person? Choose another' }));

    expect(screen.getByRole('region', { name: `3 people use ${HANDLE}` })).toBeTruthy();
    expect(localStorage.getItem(choiceStorageKey('org-1', HANDLE_KEY))).toBeNull();
  });

  it('ignores a remembered id that is no longer among the matches', () => {
    localStorage.setItem(choiceStorageKey('org-1', HANDLE_KEY), '003000000000999AAA');
    render(<ChosenPerson people={PEOPLE} />);
    expect(screen.getByRole('region', { name: `3 people use ${HANDLE}` })).toBeTruthy();
  });

  it('does not carry a choice to another org', () => {
    localStorage.setItem(choiceStorageKey('org-2', HANDLE_KEY), '003000000000002AAA');
    render(<ChosenPerson people={PEOPLE} />);
    expect(screen.getByRole('region', { name: `3 people use ${HANDLE}` })).toBeTruthy();
  });

  it('is operable from the keyboard: arrows move between people, Enter chooses', async () => {
    const user = userEvent.setup();
    render(<ChosenPerson people={PEOPLE} />);
    await user.tab();
    expect(document.activeElement?.textContent).toContain('Dana Whitfield');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('Lee Park');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement?.textContent).toContain('Pat Orchard');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Pat Orchard' })).toBeTruthy();
  });
});
