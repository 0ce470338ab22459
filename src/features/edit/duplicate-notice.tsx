import { useId } from 'react';
import type { ExistingRecord } from './existing-people';
import './edit.css';

interface DuplicateNoticeProps {
  matches: readonly ExistingRecord[];
  /** Salesforce lets the user save anyway (a blocking duplicate rule doesn't). */
  allowSave: boolean;
  disabled: boolean;
  onOpen: (match: ExistingRecord) => void;
  onCreateAnyway: () => void;
}

function sentence(match: ExistingRecord): string {
  const who = match.name === undefined ? `An existing ${match.sobject}` : `A ${match.sobject} named ${match.name}`;
  if (match.sameAs === 'email') return `${who} already has this email.`;
  if (match.sameAs === 'phone') return `${who} already has this phone number.`;
  return `${who} may be the same record.`;
}

/** Records that may already be the one being created: open one of them, or create the new one anyway. */
export function DuplicateNotice({ matches, allowSave, disabled, onOpen, onCreateAnyway }: DuplicateNoticeProps) {
  const titleId = useId();
  return (
    <div className="edit-notice" role="alert" aria-labelledby={titleId}>
      <p className="edit-notice-title" id={titleId}>
        {matches.length > 0 ? 'This may already be in Salesforce.' : 'Salesforce says this looks like a record that already exists.'}
      </p>
      <ul className="edit-notice-matches">
        {matches.map((match, index) => (
          <li key={match.id} className="edit-notice-match">
            <span id={`${titleId}-${index}`}>{sentence(match)}</span>
            <button type="button" className="ui-link-button" aria-describedby={`${titleId}-${index}`} onClick={() => onOpen(match)}>
              Open it instead
            </button>
          </li>
        ))}
      </ul>
      <div className="edit-notice-actions">
        {allowSave ? (
          <button type="button" className="ui-button" disabled={disabled} onClick={onCreateAnyway}>
            Create anyway
          </button>
        ) : (
          <p className="edit-status">Your Salesforce admin doesn’t allow creating a duplicate.</p>
        )}
      </div>
    </div>
  );
}
