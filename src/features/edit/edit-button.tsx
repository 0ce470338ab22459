import './edit.css';

/** The pencil in a card's header; the card is narrow, so the record's name lives in the accessible name. */
export function EditButton({ recordName, onClick }: { recordName: string; onClick: () => void }) {
  return (
    <button type="button" className="edit-icon-button" aria-label={`Edit ${recordName}`} title="Edit" onClick={onClick}>
      <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M10.5 2.5 13.5 5.5 5.5 13.5H2.5V10.5Z M9 4 12 7" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
