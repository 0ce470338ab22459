import { useEffect, useId, useRef, useState } from 'react';
import { useSalesforce, type SfRecord, type SObjectDescribe } from '../../salesforce';
import { ViewAllLink } from '../../ui';
import { NoteForm, type NoteFormOutcome } from './note-form';
import { NoteItem } from './note-item';
import { readNotes } from './note-record';
import './notes.css';

export interface NotesBlockProps {
  /** The Contact or Lead the notes hang off (Note.ParentId). */
  parent: { sobject: 'Contact' | 'Lead'; id: string; name: string };
  /** The panel's Note records, newest first: Title, Body, CreatedDate, IsPrivate, OwnerId, Owner.Name, LastModifiedDate. */
  notes: readonly SfRecord[];
  noteDescribe: SObjectDescribe;
  /** The parent holds more notes than `notes`: where Salesforce lists them all. */
  moreUrl?: string;
  /** A note was saved (or the agent kept someone else's newer version): the app refreshes the panel. */
  onChanged: () => void;
  onOpenUrl: (url: string) => void;
}

const NEW_NOTE = 'new';
const OUTCOME_MESSAGES: Record<NoteFormOutcome, string> = { saved: 'Note saved.', 'kept-theirs': 'Kept their version of the note.' };

/** The notes of a Contact or Lead: a collapsible list with inline add and edit (notes are never deleted here). */
export function NotesBlock({ parent, notes, noteDescribe, moreUrl, onChanged, onOpenUrl }: NotesBlockProps) {
  const { client } = useSalesforce();
  const [open, setOpen] = useState(true);
  // One form at a time, so opening another can't throw away what the agent typed.
  const [editing, setEditing] = useState<string>();
  const [message, setMessage] = useState('');
  // The button that opened the form gets focus back when it closes, so keyboard users stay where they were.
  const returnFocusTo = useRef<string>(undefined);
  const body = useRef<HTMLDivElement>(null);
  const bodyId = useId();
  const headingId = useId();
  const items = readNotes(notes);
  const instanceUrl = client.connection.instanceUrl.replace(/\/+$/, '');
  const noteUrl = (id: string) => `${instanceUrl}/lightning/r/Note/${encodeURIComponent(id)}/view`;

  const startEditing = (id: string) => {
    setMessage('');
    setEditing(id);
  };
  useEffect(() => {
    if (editing || !returnFocusTo.current) return;
    const opener = [...(body.current?.querySelectorAll<HTMLElement>('[data-opens]') ?? [])].find(
      (element) => element.dataset.opens === returnFocusTo.current,
    );
    returnFocusTo.current = undefined;
    opener?.focus();
  }, [editing]);

  const close = (outcome?: NoteFormOutcome) => {
    returnFocusTo.current = editing;
    setEditing(undefined);
    if (!outcome) return;
    setMessage(OUTCOME_MESSAGES[outcome]);
    onChanged();
  };
  const canAdd = noteDescribe.createable && !editing;
  const canEdit = noteDescribe.updateable && !editing;

  return (
    <section className="notes" aria-labelledby={headingId}>
      <h2 className="notes-heading" id={headingId}>
        <button type="button" className="notes-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((wasOpen) => !wasOpen)}>
          <svg className="notes-chevron" aria-hidden="true" focusable="false" width="10" height="10" viewBox="0 0 10 10">
            <path d="M3 1.5 6.5 5 3 8.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          Notes ({items.length}
          {moreUrl ? '+' : ''})
        </button>
      </h2>
      <div id={bodyId} ref={body} className="notes-body" hidden={!open}>
        <p className="notes-status" role="status">
          {message}
        </p>
        {editing === NEW_NOTE ? (
          <NoteForm parent={parent} noteDescribe={noteDescribe} onClose={close} />
        ) : (
          canAdd && (
            <button type="button" className="ui-button notes-add" data-opens={NEW_NOTE} onClick={() => startEditing(NEW_NOTE)}>
              Add note
            </button>
          )
        )}
        {items.length === 0 && editing !== NEW_NOTE && <p className="notes-empty">No notes yet.</p>}
        {items.length > 0 && (
          <ul className="notes-items">
            {items.map((note) =>
              editing === note.id ? (
                <li key={note.id} className="notes-item-editing">
                  <NoteForm parent={parent} note={note} noteDescribe={noteDescribe} onClose={close} />
                </li>
              ) : (
                <NoteItem key={note.id} note={note} url={noteUrl(note.id)} onOpenUrl={onOpenUrl} onEdit={canEdit ? () => startEditing(note.id) : undefined} />
              ),
            )}
          </ul>
        )}
        {moreUrl && <ViewAllLink href={moreUrl} what={noteDescribe.labelPlural} onOpenUrl={onOpenUrl} />}
      </div>
    </section>
  );
}
