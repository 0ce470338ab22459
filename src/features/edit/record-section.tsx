import { useId } from 'react';
import { ActionError } from '../../ui';
import type { RecordConflict, Resolution } from './conflicts';
import { ConflictPanel } from './conflict-panel';
import { allowsSavingAnyway, type RecordDraft } from './edit-drafts';
import type { FormValue } from './inputs';
import { RecordFields } from './record-fields';
import './edit.css';

interface RecordSectionProps {
  draft: RecordDraft;
  conflict: RecordConflict | undefined;
  saving: boolean;
  onChange: (field: string, value: FormValue) => void;
  onResolve: (resolution: Resolution, fieldName?: string) => void;
  onRetry: () => void;
  onSaveAnyway: () => void;
}

/** One record of the edit form, named by its legend, with what went wrong saving it. */
export function RecordSection({ draft, conflict, saving, onChange, onResolve, onRetry, onSaveAnyway }: RecordSectionProps) {
  const legendId = useId();
  return (
    <fieldset className="edit-record" aria-labelledby={legendId}>
      <legend className="edit-record-name" id={legendId}>
        {draft.name}
      </legend>
      {conflict && <ConflictPanel draft={draft} conflict={conflict} disabled={saving} onResolve={onResolve} />}
      {draft.failure !== undefined && <ActionError error={draft.failure} onRetry={onRetry} />}
      {allowsSavingAnyway(draft) && (
        <button type="button" className="ui-button edit-save-anyway" disabled={saving} onClick={onSaveAnyway}>
          Save anyway
        </button>
      )}
      <RecordFields draft={draft} disabled={saving} onChange={onChange} />
    </fieldset>
  );
}
