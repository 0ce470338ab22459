// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { ERROR_COPY } from '../../salesforce';
import { prefillForPerson } from './prefill';
import { held, openCreateScreen, requestPaths, seeded } from './test-support/edit-harness';

const harness = withFakeOrg();
const newcomer = { email: 'jordan.lee@brightwave.example', name: 'Jordan Lee' };
const contactsNamed = (lastName: string) => harness().org.records.all('Contact').filter((record) => record.LastName === lastName);

describe('CreateRecordScreen', () => {
  it('creates a Contact prefilled from the conversation', async () => {
    const { user, onDone } = await openCreateScreen(harness(), 'Contact', { defaults: prefillForPerson('Contact', newcomer) });

    expect(screen.getByRole('textbox', { name: 'First Name' })).toHaveValue('Jordan');
    expect(screen.getByRole('textbox', { name: 'Last Name' })).toHaveValue('Lee');
    expect(screen.getByRole('textbox', { name: 'Last Name' })).toBeRequired();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue(newcomer.email);

    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const [created] = onDone.mock.calls[0] as [{ sobject: string; id: string }];
    expect(created.sobject).toBe('Contact');
    expect(held(harness(), created.id)).toMatchObject({ FirstName: 'Jordan', LastName: 'Lee', Email: newcomer.email });
  });

  it('labels prefilled lookups by the records they name, for a polymorphic one too', async () => {
    const maya = seeded(harness(), 'Contact', (record) => record.Email === SEED_PEOPLE.rich.email);
    await openCreateScreen(harness(), 'Task', { defaults: { WhoId: maya.Id }, lookupNames: { WhoId: 'Maya Chen' } });

    expect(screen.getByRole('combobox', { name: 'Name' })).toHaveValue('Maya Chen');
    expect(screen.getByRole('combobox', { name: 'Name: type of record' })).toHaveValue('Contact');
    expect(screen.queryByLabelText(/ ID$/)).not.toBeInTheDocument();
  });

  it('lists the fields Salesforce requires first, then the layout’s', async () => {
    await openCreateScreen(harness(), 'Opportunity');

    const labels = screen.getAllByText(/./, { selector: 'label' }).map((label) => label.textContent?.replace(' *', ''));
    expect(labels.slice(0, 4)).toEqual(['Name', 'Stage', 'Close Date', 'Amount']);
  });

  it('checks required fields before sending and focuses the first one left empty', async () => {
    const paths = requestPaths(harness());
    const { user, onDone } = await openCreateScreen(harness(), 'Contact');
    await user.type(screen.getByRole('textbox', { name: 'First Name' }), 'Jordan');

    await user.click(screen.getByRole('button', { name: 'Create' }));

    const lastName = screen.getByRole('textbox', { name: 'Last Name' });
    expect(lastName).toHaveAccessibleDescription('Complete this field.');
    expect(lastName).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'First Name' })).toHaveValue('Jordan');
    expect(paths.some((path) => path.endsWith('/sobjects/Contact'))).toBe(false);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("shows a validation rule's message on its field and keeps what was typed", async () => {
    const before = harness().org.records.all('Opportunity').length;
    const { user, onDone } = await openCreateScreen(harness(), 'Opportunity');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Refund deal');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'Prospecting');
    await user.type(screen.getByLabelText(/^Close Date/), '2026-12-01');
    await user.type(screen.getByLabelText('Amount'), '-10');

    await user.click(screen.getByRole('button', { name: 'Create' }));

    const amount = screen.getByLabelText('Amount');
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/Amount cannot be negative\./));
    expect(amount).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Refund deal');
    expect(harness().org.records.all('Opportunity')).toHaveLength(before);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('offers to sign in again after the session expired, then creates the record', async () => {
    const signIn = vi.fn(() => {
      harness().org.faults.expiredSession = false;
      return Promise.resolve();
    });
    const { user, onDone } = await openCreateScreen(harness(), 'Contact', { defaults: prefillForPerson('Contact', newcomer) }, { signIn });
    harness().org.faults.expiredSession = true;

    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.INVALID_SESSION_ID.userMessage);
    expect(contactsNamed('Lee')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Sign in again' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(contactsNamed('Lee')).toEqual([expect.objectContaining({ Email: newcomer.email })]);
  });

  it('says the API limit is used up and keeps what was typed', async () => {
    const { user, onDone } = await openCreateScreen(harness(), 'Contact', { defaults: prefillForPerson('Contact', newcomer) });
    harness().org.faults.apiLimitExhausted = true;

    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.userMessage);
    expect(screen.getByRole('textbox', { name: 'Last Name' })).toHaveValue('Lee');
    expect(contactsNamed('Lee')).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says when the user may not create the record and keeps what was typed', async () => {
    const { user, onDone } = await openCreateScreen(harness(), 'Contact', { defaults: prefillForPerson('Contact', newcomer) });
    harness().org.faults.readOnlyObjects = ['Contact'];

    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByRole('alert')).toHaveTextContent("You don't have permission to create Contact records in Salesforce.");
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue(newcomer.email);
    expect(contactsNamed('Lee')).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("starts a new Case with the org's default Status and Priority, which the agent can change", async () => {
    const { user, onDone } = await openCreateScreen(harness(), 'Case', { layoutFor: () => ['Subject', 'Status', 'Priority'] });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveDisplayValue('New');
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveDisplayValue('Medium');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Arm drifts');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'High');

    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const [created] = onDone.mock.calls[0] as [{ id: string }];
    expect(held(harness(), created.id)).toMatchObject({ Subject: 'Arm drifts', Status: 'New', Priority: 'High' });
  });

  it('creates a Note on a person through the same form', async () => {
    const maya = seeded(harness(), 'Contact', (record) => record.Email === SEED_PEOPLE.rich.email);
    const { user, onDone } = await openCreateScreen(harness(), 'Note', {
      defaults: { ParentId: maya.Id },
      lookupNames: { ParentId: 'Maya Chen' },
    });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Call recap');
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Wants a demo in March.');

    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const [created] = onDone.mock.calls[0] as [{ id: string }];
    expect(held(harness(), created.id)).toMatchObject({ ParentId: maya.Id, Title: 'Call recap', Body: 'Wants a demo in March.' });
  });
});
