// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { noteTitled, openNotes, seededPerson } from './test-support/notes-harness';

const fakeOrg = withFakeOrg();

describe('NotesBlock: reading', () => {
  it("lists a Contact's notes newest first with their date, title and body, and collapses", async () => {
    const harness = fakeOrg();
    const { user } = await openNotes(harness, seededPerson(harness, 'Contact', 'Chen'));
    const toggle = screen.getByRole('button', { name: 'Notes (2)' });
    const items = within(screen.getByRole('list')).getAllByRole('listitem');

    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(['Firmware concerns', 'Who decides']);
    expect(items[0]).toHaveTextContent('Raised calibration drift on 4.2 twice.');
    expect(items[0]).toHaveTextContent(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(Date.parse(String(noteTitled(harness, 'Firmware concerns').CreatedDate))));
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says when the Contact has more notes than the panel shows, and opens them all in Salesforce', async () => {
    const harness = fakeOrg();
    const moreUrl = `${harness.instanceUrl}/lightning/r/Contact/003/related/CombinedAttachments/view`;
    const { user, onOpenUrl } = await openNotes(harness, seededPerson(harness, 'Contact', 'Chen'), { moreUrl });

    expect(screen.getByRole('button', { name: 'Notes (2+)' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'View all Notes in Salesforce' }));
    expect(onOpenUrl).toHaveBeenCalledWith(moreUrl);
  });

  it('shows a body holding markup as text, never as HTML', async () => {
    const harness = fakeOrg();
    const { container } = await openNotes(harness, seededPerson(harness, 'Lead', 'Stone'));

    expect(screen.getByText(/<b>Urgent<\/b>: call back before <i>Friday<\/i> <script>/)).toBeInTheDocument();
    expect(container.querySelector('script, b, i')).toBeNull();
  });

  it('previews a long body on one line, cut near 140 characters', async () => {
    const harness = fakeOrg();
    const parent = seededPerson(harness, 'Contact', 'Chen');
    const sentence = 'The quarterly review covered fleet uptime, spare parts and the training plan for new technicians. ';
    harness.org.insertTrusted('Note', { ParentId: parent.id, Title: 'Quarterly review', Body: `${sentence}\n\n${sentence.repeat(3)}` });
    await openNotes(harness, parent);
    const preview = screen.getByText(/^The quarterly review covered/);

    expect(preview.textContent).not.toContain('\n');
    expect(preview.textContent?.length).toBeLessThanOrEqual(141);
    expect(preview.textContent?.endsWith('…')).toBe(true);
  });

  it('opens a note in Salesforce through the host', async () => {
    const harness = fakeOrg();
    const { user, onOpenUrl } = await openNotes(harness, seededPerson(harness, 'Contact', 'Chen'));
    await user.click(screen.getByRole('link', { name: 'Who decides' }));

    expect(onOpenUrl).toHaveBeenCalledWith(`${harness.instanceUrl}/lightning/r/Note/${noteTitled(harness, 'Who decides').Id}/view`);
  });

  it('says so when there are no notes yet, and offers to add one', async () => {
    const harness = fakeOrg();
    await openNotes(harness, seededPerson(harness, 'Contact', 'Patel'));

    expect(screen.getByRole('button', { name: 'Notes (0)' })).toBeInTheDocument();
    expect(screen.getByText('No notes yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add note' })).toBeInTheDocument();
  });

  it('offers neither add nor edit to a user who may not create or edit notes', async () => {
    const harness = fakeOrg();
    await openNotes(harness, seededPerson(harness, 'Contact', 'Chen'), { describeChanges: { createable: false, updateable: false } });

    expect(screen.queryByRole('button', { name: 'Add note' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit note/ })).not.toBeInTheDocument();
  });
});
