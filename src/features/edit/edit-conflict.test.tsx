// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { held, openEditScreen, seeded, teammateEdits } from './test-support/edit-harness';

const harness = withFakeOrg();
const maya = () => seeded(harness(), 'Contact', (record) => record.Email === SEED_PEOPLE.rich.email);

async function editFields(user: Awaited<ReturnType<typeof openEditScreen>>['user'], values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    await user.clear(screen.getByLabelText(label));
    await user.type(screen.getByLabelText(label), value);
  }
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

const conflictRow = async (label: string) => within(await screen.findByRole('alert')).getByRole('listitem', { name: label });

describe('EditRecordScreen when someone else saved the record first', () => {
  it('shows both values and saves mine when I keep it', async () => {
    const contact = maya();
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id);
    teammateEdits(harness(), contact.Id, { Title: 'Chief Robot Officer' });

    await editFields(user, { Title: 'COO' });

    const row = await conflictRow('Title');
    expect(row).toHaveTextContent('Theirs: Chief Robot Officer');
    expect(row).toHaveTextContent('Yours: COO');
    expect(held(harness(), contact.Id).Title).toBe('Chief Robot Officer');

    await user.click(within(row).getByRole('button', { name: 'Keep mine' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(held(harness(), contact.Id).Title).toBe('COO');
  });

  it('puts their value in the form when I take theirs, and saves nothing over it', async () => {
    const contact = maya();
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id);
    teammateEdits(harness(), contact.Id, { Title: 'Chief Robot Officer' });

    await editFields(user, { Title: 'COO' });
    await user.click(within(await conflictRow('Title')).getByRole('button', { name: 'Take theirs' }));

    expect(screen.getByLabelText('Title')).toHaveValue('Chief Robot Officer');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onDone).toHaveBeenCalledOnce();
    expect(held(harness(), contact.Id).Title).toBe('Chief Robot Officer');
  });

  it('resumes the save once every field is decided, field by field', async () => {
    const contact = maya();
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id);
    teammateEdits(harness(), contact.Id, { Title: 'Chief Robot Officer', Phone: '(415) 555-0100' });

    await editFields(user, { Title: 'COO', 'Business Phone': '(415) 555-0111' });
    await user.click(within(await conflictRow('Title')).getByRole('button', { name: 'Keep mine' }));
    expect(onDone).not.toHaveBeenCalled();
    await user.click(within(await conflictRow('Business Phone')).getByRole('button', { name: 'Take theirs' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(held(harness(), contact.Id)).toMatchObject({ Title: 'COO', Phone: '(415) 555-0100' });
  });

  it('keeps all of mine at once', async () => {
    const contact = maya();
    const { user, onDone } = await openEditScreen(harness(), 'Contact', contact.Id);
    teammateEdits(harness(), contact.Id, { Title: 'Chief Robot Officer', Phone: '(415) 555-0100' });

    await editFields(user, { Title: 'COO', 'Business Phone': '(415) 555-0111' });
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Keep all mine' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(held(harness(), contact.Id)).toMatchObject({ Title: 'COO', Phone: '(415) 555-0111' });
  });
});
