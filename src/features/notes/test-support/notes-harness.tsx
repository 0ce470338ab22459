import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderWithOrg, type RenderWithOrgOptions } from '../../../../test/support/render-with-org';
import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import { c, soql, useSalesforce } from '../../../salesforce';
import { NotesBlock, type NotesBlockProps } from '../notes-block';

type Row = Record<string, unknown> & { Id: string };
type Parent = NotesBlockProps['parent'];

// What the panel selects for notes (the Note layout plus what editing needs), newest first, at most five.
const panelNotes = (parentId: string) =>
  soql
    .select(['Id', 'Title', 'Body', 'CreatedDate', 'LastModifiedDate', 'IsPrivate', 'OwnerId', 'Owner.Name'])
    .from('Note')
    .where(c.eq('ParentId', parentId))
    .orderBy('CreatedDate', 'DESC')
    .limit(5);

/** Stands in for the app: loads the notes like the panel, and reloads them when the block says they changed. */
interface PanelNotesProps {
  parent: Parent;
  onChanged: () => void;
  onOpenUrl: (url: string) => void;
  describeChanges?: object;
  moreUrl?: string;
}

function PanelNotes({ parent, onChanged, onOpenUrl, describeChanges, moreUrl }: PanelNotesProps) {
  const { client, orgKey } = useSalesforce();
  const notes = useQuery({ queryKey: ['salesforce', orgKey, 'sender-panel', parent.id], queryFn: async () => (await client.query(panelNotes(parent.id))).records });
  const describe = useQuery({ queryKey: ['salesforce', orgKey, 'describe', 'Note'], queryFn: () => client.describe('Note') });
  if (!notes.data || !describe.data) return <p>Loading the panel…</p>;
  const changed = () => {
    onChanged();
    void notes.refetch();
  };
  return (
    <NotesBlock parent={parent} notes={notes.data} noteDescribe={{ ...describe.data, ...describeChanges }} moreUrl={moreUrl} onChanged={changed} onOpenUrl={onOpenUrl} />
  );
}

export function seededPerson(harness: FakeOrgHarness, sobject: 'Contact' | 'Lead', lastName: string): Parent {
  const record = harness.org.records.all(sobject).find((candidate) => candidate.LastName === lastName);
  if (!record) throw new Error(`No seeded ${sobject} named ${lastName}`);
  return { sobject, id: record.Id, name: `${String(record.FirstName)} ${lastName}` };
}

export function notesOf(harness: FakeOrgHarness, parentId: string): Row[] {
  return harness.org.records.all('Note').filter((note) => note.ParentId === parentId);
}

export function noteTitled(harness: FakeOrgHarness, title: string): Row {
  const note = harness.org.records.all('Note').find((candidate) => candidate.Title === title);
  if (!note) throw new Error(`No Note titled ${title}`);
  return note;
}

/** The notes block of a seeded Contact or Lead, with the notes the panel would have fetched. */
export async function openNotes(harness: FakeOrgHarness, parent: Parent, options: RenderWithOrgOptions & { describeChanges?: object; moreUrl?: string } = {}) {
  const onChanged = vi.fn();
  const onOpenUrl = vi.fn();
  const view = renderWithOrg(
    <PanelNotes parent={parent} onChanged={onChanged} onOpenUrl={onOpenUrl} describeChanges={options.describeChanges} moreUrl={options.moreUrl} />,
    harness,
    options,
  );
  await screen.findByRole('button', { name: /^Notes \(\d+\+?\)$/ });
  return { ...view, onChanged, onOpenUrl, user: userEvent.setup() };
}
