import type { Note } from './note-record';

interface NoteConflictProps {
  theirs: Note;
  busy: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Someone saved the note while it was being edited: show their text and let the agent pick a version. */
export function NoteConflict({ theirs, busy, onKeepMine, onUseTheirs }: NoteConflictProps) {
  return (
    <div className="notes-conflict" role="alert">
      <p className="notes-conflict-title">This note was changed by someone else after you opened it.</p>
      <p className="notes-conflict-hint">Their version is below; yours is still in the form.</p>
      <div className="notes-conflict-theirs" role="region" aria-label="Their version" tabIndex={0}>
        <p className="notes-conflict-their-title">{theirs.title}</p>
        <p className="notes-conflict-their-body">{theirs.body}</p>
      </div>
      <div className="notes-conflict-actions">
        <button type="button" className="ui-button ui-button-primary" disabled={busy} onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="ui-button" disabled={busy} onClick={onUseTheirs}>
          Use theirs
        </button>
      </div>
    </div>
  );
}
