// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { notesOf, noteTitled, openNotes, seededPerson } from './test-support/notes-harness';

const fakeOrg = withFakeOrg();

describe('NotesBlock: adding and editing', () => {
  it('adds a private note owned by the signed-in user, and lists it once the panel refreshes', async () => {
    const harness = fakeOrg();
    const parent = seededPerson(harness, 'Contact', 'Chen');
    const { user, onChanged } = await openNotes(harness, parent);
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const form = screen.getByRole('form', { name: 'New note for Maya Chen' });
    await waitFor(() => expect(within(form).getByRole('combobox', { name: 'Owner' })).toHaveValue('Avery Admin'));
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Renewal call');
    await user.type(within(form).getByRole('textbox', { name: 'Body' }), 'Wants a 3-year term.\nSend the quote by Friday.');
    expect(within(form).getByText('46 / 32,000 characters')).toBeInTheDocument();
    await user.click(within(form).getByRole('checkbox', { name: 'Private' }));
    await user.click(within(form).getByRole('button', { name: 'Save note' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Note saved.');
    expect(onChanged).toHaveBeenCalledOnce();
    expect(notesOf(harness, parent.id).find((note) => note.Title === 'Renewal call')).toMatchObject({
      Body: 'Wants a 3-year term.\nSend the quote by Friday.',
      IsPrivate: true,
      OwnerId: harness.org.userId,
    });
    expect(await screen.findByRole('link', { name: 'Renewal call' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Notes (3)' })).toBeInTheDocument();
  });

  it('adds a note to a Lead, owned by the teammate the agent picked', async () => {
    const harness = fakeOrg();
    const parent = seededPerson(harness, 'Lead', 'Rivera');
    const noah = harness.org.records.all('User').find((candidate) => candidate.Name === 'Noah Fischer');
    const { user } = await openNotes(harness, parent);
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Hand-over');
    const owner = screen.getByRole('combobox', { name: 'Owner' });
    await waitFor(() => expect(owner).toHaveValue('Avery Admin'));
    await user.clear(owner);
    await user.type(owner, 'Noah');
    await screen.findByRole('option', { name: /Noah Fischer/ });
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    await screen.findByText('Note saved.');
    expect(notesOf(harness, parent.id).find((note) => note.Title === 'Hand-over')).toMatchObject({ OwnerId: noah?.Id, IsPrivate: false });
  });

  it('edits a note in place, keeping its parent', async () => {
    const harness = fakeOrg();
    const parent = seededPerson(harness, 'Contact', 'Chen');
    const firmware = noteTitled(harness, 'Firmware concerns');
    const { user, onChanged } = await openNotes(harness, parent);
    await user.click(screen.getByRole('button', { name: 'Edit note Firmware concerns' }));
    const form = screen.getByRole('form', { name: 'Edit note Firmware concerns' });
    const body = within(form).getByRole('textbox', { name: 'Body' });
    expect(body).toHaveValue('Raised calibration drift on 4.2 twice. Engineering promised a fix in 4.2.3.');
    expect(within(form).getByRole('combobox', { name: 'Owner' })).toHaveValue('Avery Admin');
    await user.type(body, ' Fixed in 4.2.3, confirmed.');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));

    await screen.findByText('Note saved.');
    expect(onChanged).toHaveBeenCalledOnce();
    expect(harness.org.records.get(firmware.Id)).toMatchObject({
      ParentId: parent.id,
      Title: 'Firmware concerns',
      Body: 'Raised calibration drift on 4.2 twice. Engineering promised a fix in 4.2.3. Fixed in 4.2.3, confirmed.',
    });
    expect(await screen.findByText(/Fixed in 4\.2\.3, confirmed\./)).toBeInTheDocument();
  });

  it('keeps one form open at a time, and cancelling changes nothing', async () => {
    const harness = fakeOrg();
    const parent = seededPerson(harness, 'Contact', 'Chen');
    const { user, onChanged } = await openNotes(harness, parent);
    await user.click(screen.getByRole('button', { name: 'Edit note Who decides' }));

    expect(screen.queryByRole('button', { name: 'Add note' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit note Firmware concerns' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Title/ }), ' (draft)');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(noteTitled(harness, 'Who decides')).toBeDefined();
    expect(onChanged).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Add note' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit note Who decides' })).toHaveFocus();
  });
});
