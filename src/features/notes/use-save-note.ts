import { useMutation } from '@tanstack/react-query';
import { useSalesforce } from '../../salesforce';
import type { Note } from './note-record';

export interface SaveNoteInput {
  readonly values: Record<string, unknown>;
  /** For an edit: the LastModifiedDate the user's version is based on, so a newer change is never overwritten. */
  readonly basedOn?: string | null;
}

/** Creates a Note, or updates `existing` only if nobody changed it since `basedOn` (else a ConflictError). */
export function useSaveNote(existing: Note | undefined, onSaved: () => void) {
  const { client } = useSalesforce();
  return useMutation({
    mutationFn: async ({ values, basedOn }: SaveNoteInput) => {
      if (!existing) {
        await client.create('Note', values);
        return;
      }
      await client.update('Note', existing.id, values, basedOn ? { lastModifiedDate: basedOn } : {});
    },
    onSuccess: onSaved,
  });
}
