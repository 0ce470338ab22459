// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../../test/support/fake-org';
import { renderWithOrg } from '../../../../test/support/render-with-org';
import { SEED_PEOPLE } from '../../../fake-org/seed/default/seed-people';
import type { SObjectDescribe } from '../../../salesforce';
import { LOOKUP_DEBOUNCE_MS } from '../../../ui/lookup-input';
import { toSalesforceValue } from './form-value';
import { fakeDescribe, fieldOf } from './test-support/describes';
import { EditorForm, valuesRecorder, type EditorFormProps } from './test-support/editor-form';


const fakeOrg = withFakeOrg();
const contact = fakeDescribe('Contact');
const task = fakeDescribe('Task');
const afterDebounce = () => new Promise((resolve) => setTimeout(resolve, LOOKUP_DEBOUNCE_MS + 150));

function idOf(sobject: string, name: string): string {
  const record = fakeOrg().org.records.all(sobject).find((candidate) => candidate.Name === name);
  if (typeof record?.Id !== 'string') throw new Error(`No ${sobject} named ${name} in the fake org`);
  return record.Id;
}

function renderLookups(describe: SObjectDescribe, names: readonly string[], props: Partial<EditorFormProps> = {}) {
  const recorder = valuesRecorder(props.initial);
  const fields = names.map((name) => fieldOf(describe, name));
  const rendered = renderWithOrg(<EditorForm describe={describe} fields={fields} onValues={recorder.onValues} {...props} />, fakeOrg());
  const sent = (name: string) => toSalesforceValue(fieldOf(describe, name), recorder.values[name] ?? '');
  return { ...rendered, user: userEvent.setup(), sent };
}

describe('Lookup fields against the fake org', () => {
  it("moves a Contact to another Account picked by keyboard, and Salesforce holds it", async () => {
    const sam = fakeOrg().org.records.all('Contact').find((record) => record.Email === SEED_PEOPLE.contactAndLead.email);
    const acmeId = idOf('Account', SEED_PEOPLE.rich.account);
    const { user, sent, client } = renderLookups(contact, ['AccountId'], {
      initial: { AccountId: String(sam?.AccountId) },
      lookupNames: { AccountId: SEED_PEOPLE.contactAndLead.account },
    });
    const account = screen.getByRole('combobox', { name: 'Account' });
    expect(account).toHaveValue('Brightwave Media');

    await user.clear(account);
    await user.type(account, 'acme');
    const option = await screen.findByRole('option', { name: /Acme Robotics/ });
    expect(option).toHaveTextContent('acme.example');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(account).toHaveValue('Acme Robotics');
    expect(sent('AccountId')).toBe(acmeId);

    await client.update('Contact', String(sam?.Id), { AccountId: sent('AccountId') });
    expect(fakeOrg().org.records.get(String(sam?.Id))?.AccountId).toBe(acmeId);
  });

  it('spends one API call per settled search, and none on a text searched before', async () => {
    const { user } = renderLookups(contact, ['AccountId']);
    const account = screen.getByRole('combobox', { name: 'Account' });
    const before = fakeOrg().org.usage.served;
    await user.type(account, 'acme');
    await screen.findByRole('option', { name: /Acme Robotics/ });
    expect(fakeOrg().org.usage.served - before).toBe(1);

    await user.type(account, 'x');
    await afterDebounce();
    await user.type(account, '{Backspace}');
    await screen.findByRole('option', { name: /Acme Robotics/ });
    expect(fakeOrg().org.usage.served - before).toBe(2);
  });

  it("relates a Task to an Opportunity, choosing the kind of record first", async () => {
    const { user, sent, client } = renderLookups(task, ['WhatId']);
    const kind = screen.getByRole('combobox', { name: 'Related To: type of record' });
    expect(within(kind).getAllByRole('option').map((option) => option.textContent)).toEqual(['Account', 'Opportunity', 'Case', 'Account Service Request']);

    await user.selectOptions(kind, 'Opportunity');
    const related = screen.getByRole('combobox', { name: 'Related To' });
    expect(related).toHaveAttribute('placeholder', 'Search Opportunities…');
    await user.type(related, 'acme robotics - pilot');
    const pilot = await screen.findByRole('option', { name: /Pilot Program/ });
    expect(pilot).toHaveTextContent('Closed Won · Acme Robotics');
    await user.keyboard('{ArrowDown}{Enter}');

    const opportunityId = idOf('Opportunity', 'Acme Robotics - Pilot Program');
    const { id } = await client.create('Task', { Subject: 'Pilot follow-up', WhatId: sent('WhatId') });
    expect(fakeOrg().org.records.get(id)?.WhatId).toBe(opportunityId);
  });

  it("never offers a converted Lead for a Task's Name", async () => {
    const { user } = renderLookups(task, ['WhoId']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Name: type of record' }), 'Lead');
    const name = screen.getByRole('combobox', { name: 'Name' });
    await user.type(name, 'whitman');
    expect(await screen.findByRole('option', { name: /Gary Whitman/ })).toHaveTextContent('Whitman Hardware');

    await user.clear(name);
    await user.type(name, SEED_PEOPLE.convertedLead.lastName);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`No matches for “${SEED_PEOPLE.convertedLead.lastName}”.`));
  });

  it('offers only Users for an owner that may also be a queue, without asking which kind', async () => {
    const { user, sent } = renderLookups(task, ['OwnerId']);
    expect(screen.queryByRole('combobox', { name: /type of record/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Assigned To' }), 'jor');
    await user.click(await screen.findByRole('option', { name: /Jordan Blake/ }));
    expect(sent('OwnerId')).toBe(idOf('User', 'Jordan Blake'));
  });

  it('finds a Case by a word of its subject, shown by its number', async () => {
    const cases = fakeDescribe('Case');
    const { user, sent } = renderLookups(cases, ['ParentId']);
    await user.type(screen.getByRole('combobox', { name: 'Parent Case' }), 'gripper');
    const option = await screen.findByRole('option', { name: /Replacement gripper pads/ });
    const gripper = fakeOrg().org.records.all('Case').find((record) => record.Subject === 'Replacement gripper pads on backorder');
    expect(option).toHaveTextContent(String(gripper?.CaseNumber));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(sent('ParentId')).toBe(gripper?.Id);
  });

  it('clears the lookup with its clear button, sending null', async () => {
    const acmeId = idOf('Account', SEED_PEOPLE.rich.account);
    const { user, sent } = renderLookups(contact, ['AccountId'], { initial: { AccountId: acmeId }, lookupNames: { AccountId: 'Acme Robotics' } });
    await user.click(screen.getByRole('button', { name: 'Clear Acme Robotics' }));
    expect(sent('AccountId')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Account' })).toHaveValue('');
  });

  it('says the API limit stopped the search, and keeps what was typed', async () => {
    const { user } = renderLookups(contact, ['AccountId']);
    fakeOrg().org.faults.apiLimitExhausted = true;
    const account = screen.getByRole('combobox', { name: 'Account' });
    await user.type(account, 'acme');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/limit/i));
    expect(account).toHaveValue('acme');
  });
});
