// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg, type FakeOrgHarness } from '../../../test/support/fake-org';
import { ERROR_COPY } from '../../salesforce';
import { notesOf, noteTitled, openNotes, seededPerson } from './test-support/notes-harness';

const fakeOrg = withFakeOrg();

/** A teammate saves the note in Salesforce a little later than the panel loaded it. */
function teammateEdits(harness: FakeOrgHarness, id: string, changes: Record<string, unknown>) {
  harness.org.advanceClock(2000);
  const jordan = harness.org.records.all('User').find((user) => user.Name === 'Jordan Blake');
  harness.org.updateTrusted(id, changes, jordan?.Id);
}

describe('NotesBlock: checks and failures', () => {
  it('requires a title, focuses it and creates nothing', async () => {
    const harness = fakeOrg();
    const parent = seededPerson(harness, 'Contact', 'Chen');
    const { user, onChanged } = await openNotes(harness, parent);
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Call back Tuesday.');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const title = screen.getByRole('textbox', { name: /Title/ });
    expect(await screen.findByText('Enter a title.')).toBeInTheDocument();
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription('Enter a title.');
    expect(screen.getByRole('textbox', { name: 'Body' })).toHaveValue('Call back Tuesday.');
    expect(notesOf(harness, parent.id)).toHaveLength(2);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('refuses a body longer than Salesforce keeps, without cutting what was typed', async () => {
    const harness = fakeOrg();
    const parent = seededPerson(harness, 'Contact', 'Chen');
    const { user } = await openNotes(harness, parent);
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Transcript');
    const body = screen.getByRole('textbox', { name: 'Body' });
    await user.click(body);
    await user.paste('x'.repeat(32_010));
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    expect(await screen.findByText('The body is 10 characters too long; Salesforce keeps at most 32,000.')).toBeInTheDocument();
    expect(screen.getByText('32,010 / 32,000 characters')).toBeInTheDocument();
    expect(body).toHaveValue('x'.repeat(32_010));
    expect(notesOf(harness, parent.id)).toHaveLength(2);
  });

  it('reports an exhausted API limit and keeps the draft', async () => {
    const harness = fakeOrg();
    const parent = seededPerson(harness, 'Contact', 'Chen');
    const { user } = await openNotes(harness, parent);
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Renewal call');
    harness.org.faults.apiLimitExhausted = true;
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.userMessage);
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Renewal call');
    expect(notesOf(harness, parent.id)).toHaveLength(2);
  });

  it('saves after the agent signs in again when the session expired', async () => {
    const harness = fakeOrg();
    const parent = seededPerson(harness, 'Contact', 'Chen');
    const signIn = vi.fn(() => {
      harness.org.faults.expiredSession = false;
      return Promise.resolve();
    });
    const { user } = await openNotes(harness, parent, { signIn });
    await user.click(screen.getByRole('button', { name: 'Edit note Who decides' }));
    await user.clear(screen.getByRole('textbox', { name: /Title/ }));
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Decision makers');
    harness.org.faults.expiredSession = true;
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await user.click(await screen.findByRole('button', { name: 'Sign in again' }));

    await screen.findByText('Note saved.');
    expect(signIn).toHaveBeenCalledOnce();
    expect(harness.org.records.get(noteTitled(harness, 'Decision makers').Id)).toMatchObject({ ParentId: parent.id });
  });
});

describe('NotesBlock: someone else changed the note', () => {
  async function editWhileTeammateSaves(harness: FakeOrgHarness) {
    const parent = seededPerson(harness, 'Contact', 'Chen');
    const note = noteTitled(harness, 'Firmware concerns');
    const view = await openNotes(harness, parent);
    await view.user.click(screen.getByRole('button', { name: 'Edit note Firmware concerns' }));
    const body = screen.getByRole('textbox', { name: 'Body' });
    await view.user.clear(body);
    await view.user.type(body, 'Mine: fix confirmed in 4.2.3.');
    teammateEdits(harness, note.Id, { Body: 'Theirs: still drifting on 4.2.3.' });
    await view.user.click(screen.getByRole('button', { name: 'Save note' }));
    const alert = await screen.findByRole('alert');
    return { ...view, note, alert };
  }

  it('shows their text next to the draft, and saves the draft over it when the agent keeps theirs', async () => {
    const harness = fakeOrg();
    const { note, alert, user, onChanged } = await editWhileTeammateSaves(harness);

    expect(alert).toHaveTextContent('This note was changed by someone else after you opened it.');
    expect(within(alert).getByRole('region', { name: 'Their version' })).toHaveTextContent('Theirs: still drifting on 4.2.3.');
    expect(screen.getByRole('textbox', { name: 'Body' })).toHaveValue('Mine: fix confirmed in 4.2.3.');
    expect(harness.org.records.get(note.Id)?.Body).toBe('Theirs: still drifting on 4.2.3.');

    await user.click(within(alert).getByRole('button', { name: 'Keep mine' }));
    await screen.findByText('Note saved.');
    expect(harness.org.records.get(note.Id)?.Body).toBe('Mine: fix confirmed in 4.2.3.');
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('drops the draft and shows their version when the agent takes theirs', async () => {
    const harness = fakeOrg();
    const { note, alert, user, onChanged } = await editWhileTeammateSaves(harness);
    await user.click(within(alert).getByRole('button', { name: 'Use theirs' }));

    expect(await screen.findByText('Kept their version of the note.')).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalledOnce();
    expect(harness.org.records.get(note.Id)?.Body).toBe('Theirs: still drifting on 4.2.3.');
    expect(await screen.findByText('Theirs: still drifting on 4.2.3.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
