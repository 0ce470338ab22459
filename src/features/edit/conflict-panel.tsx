import { useId } from 'react';
import { fieldLabel } from '../../salesforce';
import type { RecordConflict, Resolution } from './conflicts';
import type { RecordDraft } from './edit-drafts';
import { formValueText } from './value-text';
import './edit.css';

interface ConflictPanelProps {
  draft: RecordDraft;
  conflict: RecordConflict;
  disabled: boolean;
  /** One field's choice, or every field's when `fieldName` is absent. */
  onResolve: (resolution: Resolution, fieldName?: string) => void;
}

/** The fields someone else changed since the form opened, each with their value and the user's, to choose from. */
export function ConflictPanel({ draft, conflict, disabled, onResolve }: ConflictPanelProps) {
  const headingId = useId();
  return (
    <div className="edit-conflict" role="alert" aria-labelledby={headingId}>
      <p className="edit-conflict-title" id={headingId}>
        Someone changed {draft.name} in Salesforce after you opened it.
      </p>
      <ul className="edit-conflict-fields">
        {conflict.fields.map(({ field, theirs }) => (
          <li key={field.name} className="edit-conflict-field" aria-label={fieldLabel(field)}>
            <span className="edit-conflict-label">{fieldLabel(field)}</span>
            <span>Theirs: {formValueText(field, theirs)}</span>
            <span>Yours: {formValueText(field, draft.values[field.name])}</span>
            <span className="edit-conflict-actions">
              <button type="button" className="ui-button" disabled={disabled} onClick={() => onResolve('mine', field.name)}>
                Keep mine
              </button>
              <button type="button" className="ui-button" disabled={disabled} onClick={() => onResolve('theirs', field.name)}>
                Take theirs
              </button>
            </span>
          </li>
        ))}
      </ul>
      {conflict.fields.length > 1 && (
        <div className="edit-conflict-actions">
          <button type="button" className="ui-button ui-button-primary" disabled={disabled} onClick={() => onResolve('mine')}>
            Keep all mine
          </button>
          <button type="button" className="ui-button" disabled={disabled} onClick={() => onResolve('theirs')}>
            Take all theirs
          </button>
        </div>
      )}
    </div>
  );
}
