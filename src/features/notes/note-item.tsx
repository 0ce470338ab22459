import type { MouseEvent } from 'react';
import { bodyPreview, formatNoteDate, type Note } from './note-record';

interface NoteItemProps {
  note: Note;
  url: string;
  onOpenUrl: (url: string) => void;
  /** Absent when the note can't be edited (no permission, or another note's form is open). */
  onEdit?: () => void;
}

/** One note: title (opens it in Salesforce), date, owner and privacy, and the start of its body as plain text. */
export function NoteItem({ note, url, onOpenUrl, onEdit }: NoteItemProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // Front's iframe is sandboxed: the host opens links.
    event.preventDefault();
    onOpenUrl(url);
  };
  const details = [formatNoteDate(note.createdDate), note.owner?.name, note.isPrivate ? 'Private' : undefined].filter(Boolean).join(' · ');
  const title = note.title || 'Untitled note';
  return (
    <li className="notes-item">
      <div className="notes-item-text">
        <a className="notes-item-title" href={url} onClick={open}>
          {title}
        </a>
        {details && <p className="notes-item-details">{details}</p>}
        {note.body && <p className="notes-item-preview">{bodyPreview(note.body)}</p>}
      </div>
      {onEdit && (
        <button type="button" className="ui-link-button notes-item-edit" data-opens={note.id} aria-label={`Edit note ${title}`} onClick={onEdit}>
          Edit
        </button>
      )}
    </li>
  );
}
