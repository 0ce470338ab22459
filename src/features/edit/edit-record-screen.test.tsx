// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithOrg } from '../../../test/support/render-with-org';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { ERROR_COPY } from '../../salesforce';
import { EditRecordScreen } from './edit-record-screen';
import { callsBesidesDescribes, held, openEditScreen, seeded, teammateEdits, testLayoutFor } from './test-support/edit-harness';

const harness = withFakeOrg();
const maya = () => seeded(harness(), 'Contact', (record) => record.Email === SEED_PEOPLE.rich.email);
const mayaPlan = (contactId: string) => seeded(harness(), 'Support_Plan__c', (record) => record.Contact__c === contactId);

/** Field-level security in the org: whether the user may update one Contact field. */
function orgLetsUpdate(fieldName: string, updateable: boolean) {
  const org = harness().org;
  const contact = org.metadata.describe('Contact');
  if (!contact) throw new Error('no Contact describe');
  const fields = contact.fields.map((field) => (field.name === fieldName ? { ...field, updateable } : field));
  org.metadata.define({ ...contact, fields });
}

describe('EditRecordScreen', () => {
  it('loads the record and its linked custom records in one API call besides the describes', async () => {
    const besidesDescribes = callsBesidesDescribes(harness());
    await openEditScreen(harness(), 'Contact', maya().Id);

    expect(await besidesDescribes()).toHaveLength(1);
    const contact = screen.getByRole('group', { name: 'Maya Chen' });
    expect(within(contact).getByLabelText('First Name')).toHaveValue('Maya');
    expect(within(contact).getByLabelText('Title')).toHaveValue('VP of Operations');
    const plans = screen.getByRole('region', { name: 'Support Plans' });
    const plan = within(plans).getByRole('group', { name: 'Acme Robotics Gold Support' });
    expect(within(plan).getByLabelText('Seats')).toHaveValue('250');
  });

  it('shows fields Salesforce does not let the user change as text', async () => {
    await openEditScreen(harness(), 'Contact', maya().Id);

    const created = screen.getByRole('group', { name: 'Created Date' });
    expect(within(created).queryByRole('textbox')).not.toBeInTheDocument();
    expect(created).toHaveTextContent(/\d{4}/);
  });

  it('labels a lookup by the record it names, as the card does, not by its id column', async () => {
    await openEditScreen(harness(), 'Contact', maya().Id);

    expect(screen.getByRole('combobox', { name: 'Account' })).toHaveValue(SEED_PEOPLE.rich.account);
    expect(screen.queryByLabelText('Account ID')).not.toBeInTheDocument();
  });

  it('labels a lookup the user may not change the same way, with the name it points at', async () => {
    orgLetsUpdate('AccountId', false);

    await openEditScreen(harness(), 'Contact', maya().Id);

    expect(screen.getByRole('group', { name: 'Account' })).toHaveTextContent(SEED_PEOPLE.rich.account);
    expect(screen.queryByRole('combobox', { name: 'Account' })).not.toBeInTheDocument();
  });

  it('offers an audit field as an input once the org lets the user update it', async () => {
    orgLetsUpdate('CreatedDate', true);

    await openEditScreen(harness(), 'Contact', maya().Id);

    expect(screen.getByLabelText(/^Created Date/)).toBeEnabled();
  });

  it('saves only the changed fields of each changed record, then is done', async () => {
    const contact = maya();
    const plan = mayaPlan(contact.Id);
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id);
    // A teammate changes another field meanwhile: sending only what changed keeps their value.
    teammateEdits(harness(), contact.Id, { Phone: '(415) 555-0199' });

    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'COO');
    const planGroup = screen.getByRole('group', { name: 'Acme Robotics Gold Support' });
    await user.clear(within(planGroup).getByLabelText('Seats'));
    await user.type(within(planGroup).getByLabelText('Seats'), '300');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(held(harness(), contact.Id)).toMatchObject({ Title: 'COO', Phone: '(415) 555-0199', FirstName: 'Maya' });
    expect(held(harness(), plan.Id)).toMatchObject({ Seats__c: 300, Tier__c: 'Gold' });
  });

  it('is done at once when nothing changed', async () => {
    const contact = maya();
    const before = held(harness(), contact.Id).LastModifiedDate;
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id);

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onDone).toHaveBeenCalledOnce();
    expect(held(harness(), contact.Id).LastModifiedDate).toBe(before);
  });

  it('says so when the record no longer exists', async () => {
    const contact = maya();
    harness().org.records.delete(contact.Id);
    renderWithOrg(<EditRecordScreen sobject="Contact" recordId={contact.Id} layoutFor={testLayoutFor} onDone={vi.fn()} onCancel={vi.fn()} />, harness());

    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.NOT_FOUND.userMessage);
  });
});
