import { z } from 'zod';
import type { SfRecord } from '../../salesforce';

const text = z.string().nullish();

const noteSchema = z
  .looseObject({
    Id: z.string(),
    Title: text,
    Body: text,
    CreatedDate: text,
    LastModifiedDate: text,
    IsPrivate: z.boolean().nullish(),
    OwnerId: text,
    Owner: z.object({ Name: text }).nullish(),
  })
  .transform((note) => ({
    id: note.Id,
    title: note.Title ?? '',
    body: note.Body ?? '',
    createdDate: note.CreatedDate ?? null,
    lastModifiedDate: note.LastModifiedDate ?? null,
    isPrivate: note.IsPrivate === true,
    owner: note.OwnerId ? { id: note.OwnerId, name: note.Owner?.Name ?? '' } : undefined,
  }));

export type Note = z.output<typeof noteSchema>;

/** The panel's Note records as the block shows them; a record without an Id can't be shown or edited. */
export function readNotes(records: readonly SfRecord[]): Note[] {
  return records.flatMap((record) => {
    const parsed = noteSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}

const PREVIEW_LENGTH = 140;

/** The body on one line, cut at a word near 140 characters: enough to recognise a note in a narrow sidebar. */
export function bodyPreview(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= PREVIEW_LENGTH) return oneLine;
  const cut = oneLine.slice(0, PREVIEW_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > PREVIEW_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** CreatedDate ('2026-03-14T11:00:00.000+0000') in the user's time zone, date only: notes are read by day. */
export function formatNoteDate(value: string | null): string {
  if (!value) return '';
  const instant = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(instant)) return value;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(instant);
}
