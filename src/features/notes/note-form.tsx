import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ConflictError, useSalesforce, type SObjectDescribe } from '../../salesforce';
import { ActionError, FormField, LookupInput, useFocusFirstInvalid, useUserSearch } from '../../ui';
import { currentUserQueryOptions } from './current-user';
import { bodyCount, checkDraft, draftOf, noteLimits, noteValues, type NoteDraft, type NoteDraftErrors } from './note-draft';
import { NoteConflict } from './note-conflict';
import { readNotes, type Note } from './note-record';
import { useSaveNote } from './use-save-note';

export type NoteFormOutcome = 'saved' | 'kept-theirs';

interface NoteFormProps {
  parent: { id: string; name: string };
  /** The note being edited; absent for a new one. */
  note?: Note;
  noteDescribe: SObjectDescribe;
  onClose: (outcome?: NoteFormOutcome) => void;
}

/** Title, body, owner and privacy of one note, edited inline in the notes block. */
export function NoteForm({ parent, note, noteDescribe, onClose }: NoteFormProps) {
  const { client, orgKey } = useSalesforce();
  const me = useQuery({ ...currentUserQueryOptions(client, orgKey), enabled: !note });
  const searchUsers = useUserSearch();
  const limits = noteLimits(noteDescribe);
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const [draft, setDraft] = useState<NoteDraft>(() => draftOf(note, undefined));
  // Until the agent picks an owner, a new note shows the signed-in user (who owns it when none is sent).
  const [ownerChosen, setOwnerChosen] = useState(Boolean(note));
  const [errors, setErrors] = useState<NoteDraftErrors>({});
  const [basedOn, setBasedOn] = useState(note?.lastModifiedDate ?? null);
  const save = useSaveNote(note, () => onClose('saved'));
  const titleId = useId();

  const owner = ownerChosen ? draft.owner : me.data;
  const current: NoteDraft = { ...draft, owner };
  const theirs = save.error instanceof ConflictError && save.error.serverValues ? readNotes([save.error.serverValues])[0] : undefined;
  const change = (changes: Partial<NoteDraft>) => setDraft((previous) => ({ ...previous, ...changes }));

  const submit = (version: string | null = basedOn) => {
    const found = checkDraft(current, limits, note);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    setBasedOn(version);
    save.mutate({ values: noteValues(current, note, parent.id), basedOn: version });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  const busy = save.isPending;

  return (
    <form ref={formRef} className="notes-form" onSubmit={onSubmit} noValidate aria-labelledby={titleId} aria-busy={busy}>
      <p className="notes-form-title" id={titleId}>
        {note ? `Edit note ${note.title}` : `New note for ${parent.name}`}
      </p>
      {theirs ? (
        <NoteConflict theirs={theirs} busy={busy} onKeepMine={() => submit(theirs.lastModifiedDate)} onUseTheirs={() => onClose('kept-theirs')} />
      ) : (
        save.isError && <ActionError error={save.error} onRetry={() => submit()} />
      )}
      <FormField label="Title" required error={errors.title}>
        {(control) => <input {...control} className="ui-input" value={draft.title} disabled={busy} onChange={(event) => change({ title: event.target.value })} />}
      </FormField>
      <FormField label="Body" hint={bodyCount(draft, limits)} error={errors.body}>
        {(control) => (
          <textarea {...control} className="ui-input notes-body-input" rows={4} value={draft.body} disabled={busy} onChange={(event) => change({ body: event.target.value })} />
        )}
      </FormField>
      <FormField label="Owner" hint={owner || note ? undefined : 'Left empty, you own the note.'} error={errors.owner}>
        {(control) => (
          <LookupInput
            control={control}
            selected={owner}
            onSelect={(picked) => {
              setOwnerChosen(true);
              change({ owner: picked });
            }}
            search={searchUsers}
            placeholder="Search users"
            disabled={busy}
          />
        )}
      </FormField>
      <label className="ui-checkbox-row">
        <input type="checkbox" checked={draft.isPrivate} disabled={busy} onChange={(event) => change({ isPrivate: event.target.checked })} />
        Private
      </label>
      <div className="notes-form-actions">
        <button type="submit" className="ui-button ui-button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save note'}
        </button>
        <button type="button" className="ui-button" onClick={() => onClose()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
