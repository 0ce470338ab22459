// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { ERROR_COPY } from '../../salesforce';
import { held, openEditScreen, seeded } from './test-support/edit-harness';

const harness = withFakeOrg();
const maya = () => seeded(harness(), 'Contact', (record) => record.Email === SEED_PEOPLE.rich.email);

async function retitle(user: Awaited<ReturnType<typeof openEditScreen>>['user'], title: string) {
  await user.clear(screen.getByLabelText('Title'));
  await user.type(screen.getByLabelText('Title'), title);
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

describe('EditRecordScreen when a save fails', () => {
  it("shows a validation rule's message on its field and keeps what was typed", async () => {
    const opportunity = seeded(harness(), 'Opportunity', (record) => typeof record.Amount === 'number');
    const { user, onDone } = await openEditScreen(harness(), 'Opportunity', opportunity.Id);

    await user.clear(screen.getByLabelText('Amount'));
    await user.type(screen.getByLabelText('Amount'), '-500');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const amount = screen.getByLabelText('Amount');
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/Amount cannot be negative\./));
    expect(amount).toHaveValue('-500');
    expect(amount).toHaveFocus();
    expect(held(harness(), opportunity.Id).Amount).toBe(opportunity.Amount);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("shows the duplicate rule's refusal of an email another Contact has, and saves anyway when asked", async () => {
    const contact = maya();
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id);
    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, SEED_PEOPLE.contactAndLead.email);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.DUPLICATES_DETECTED.userMessage);
    expect(email).toHaveValue(SEED_PEOPLE.contactAndLead.email);
    expect(held(harness(), contact.Id).Email).toBe(SEED_PEOPLE.rich.email);

    await user.click(screen.getByRole('button', { name: 'Save anyway' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(held(harness(), contact.Id).Email).toBe(SEED_PEOPLE.contactAndLead.email);
  });

  it('checks required fields before sending and focuses the first one left empty', async () => {
    const contact = maya();
    const paths: string[] = [];
    const { user } = await openEditScreen(harness(), 'Contact', contact.Id);
    harness().server.events.on('request:start', ({ request }) => void paths.push(request.method));

    await user.clear(screen.getByRole('textbox', { name: 'Last Name' }));
    await retitle(user, 'COO');

    const lastName = screen.getByRole('textbox', { name: 'Last Name' });
    expect(lastName).toHaveAccessibleDescription('Complete this field.');
    expect(lastName).toHaveFocus();
    expect(screen.getByLabelText('Title')).toHaveValue('COO');
    expect(paths).not.toContain('PATCH');
    expect(held(harness(), contact.Id)).toMatchObject({ LastName: 'Chen', Title: 'VP of Operations' });
  });

  it('offers to sign in again after the session expired, then completes the save', async () => {
    const contact = maya();
    const signIn = vi.fn(() => {
      harness().org.faults.expiredSession = false;
      return Promise.resolve();
    });
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id, { signIn });
    harness().org.faults.expiredSession = true;

    await retitle(user, 'COO');
    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.INVALID_SESSION_ID.userMessage);
    expect(screen.getByLabelText('Title')).toHaveValue('COO');
    expect(held(harness(), contact.Id).Title).toBe('VP of Operations');

    await user.click(screen.getByRole('button', { name: 'Sign in again' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(signIn).toHaveBeenCalledOnce();
    expect(held(harness(), contact.Id).Title).toBe('COO');
  });

  it('says the API limit is used up and keeps what was typed', async () => {
    const contact = maya();
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id);
    harness().org.faults.apiLimitExhausted = true;

    await retitle(user, 'COO');

    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.userMessage);
    expect(screen.getByLabelText('Title')).toHaveValue('COO');
    expect(held(harness(), contact.Id).Title).toBe('VP of Operations');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says when the user may not edit the record, on that record', async () => {
    const contact = maya();
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id);
    harness().org.faults.readOnlyObjects = ['Contact'];

    await retitle(user, 'COO');

    const record = screen.getByRole('group', { name: 'Maya Chen' });
    expect(await within(record).findByRole('alert')).toHaveTextContent("You don't have permission to edit Contact records in Salesforce.");
    expect(screen.getByLabelText('Title')).toHaveValue('COO');
    expect(held(harness(), contact.Id).Title).toBe('VP of Operations');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('does not save a record twice when another record of the form failed', async () => {
    const account = seeded(harness(), 'Account', (record) => record.Name === SEED_PEOPLE.rich.account);
    const request = seeded(harness(), 'Account_Service_Request__c', (record) => String(record.Name).startsWith('SR-1001'));
    const { user, onDone } = await openEditScreen(harness(), 'Account', account.Id);
    const requestGroup = screen.getByRole('group', { name: String(request.Name) });

    await user.selectOptions(screen.getByLabelText('Industry'), 'Energy');
    await user.selectOptions(within(requestGroup).getByLabelText('Status'), 'Closed');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dueDate = within(requestGroup).getByLabelText('Due Date');
    await waitFor(() => expect(dueDate).toHaveAccessibleDescription(/cannot have a due date in the future/));
    const savedAccount = held(harness(), account.Id);
    expect(savedAccount.Industry).toBe('Energy');
    const accountSavedAt = savedAccount.LastModifiedDate;
    expect(held(harness(), request.Id).Status__c).toBe('In Progress');
    expect(screen.getByLabelText('Industry')).toHaveValue('Energy');

    harness().org.advanceClock(5000);
    await user.clear(dueDate);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(held(harness(), request.Id)).toMatchObject({ Status__c: 'Closed', Due_Date__c: null });
    expect(held(harness(), account.Id).LastModifiedDate).toBe(accountSavedAt);
  });
});
