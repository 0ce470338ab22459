import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSalesforce } from '../../salesforce';
import type { Resolution } from './conflicts';
import { draftsFrom, hasChanges, withValue } from './edit-drafts';
import { checked, initialState, isSettled, resolved, updateDraft, withOutcome, type EditFormState } from './edit-form-state';
import type { EditableRecords } from './edit-record-query';
import type { FormValue } from './inputs';
import { saveDrafts } from './save-drafts';

/** The edit form's state and actions: typing, saving every changed record, and deciding conflicts. */
export function useEditForm(records: EditableRecords, onDone: () => void, focusFirstInvalid: () => void) {
  const { client } = useSalesforce();
  const [state, setState] = useState(() => initialState(draftsFrom(records)));

  const mutation = useMutation({
    mutationFn: (toSave: EditFormState) => saveDrafts(client, toSave.drafts),
    onSuccess: (outcome, saved) => {
      setState(withOutcome(saved, outcome));
      if (isSettled(outcome)) onDone();
      else if (outcome.fieldErrors.size > 0) focusFirstInvalid();
    },
  });

  const save = (current: EditFormState) => {
    const { state: next, valid } = checked(current);
    setState(next);
    if (!valid) return focusFirstInvalid();
    if (!next.drafts.some(hasChanges)) {
      if (next.conflicts.length === 0) onDone();
      return;
    }
    mutation.mutate(next);
  };

  const resolve = (recordId: string, resolution: Resolution, fieldName?: string) => {
    const next = resolved(state, recordId, resolution, fieldName);
    setState(next);
    if (next.conflicts.length === 0 && next.keptMine) save(next);
  };

  return {
    state,
    saving: mutation.isPending,
    /** A failure of the form itself (not Salesforce's), e.g. a value that can't be converted. */
    saveError: mutation.error,
    change: (recordId: string, field: string, value: FormValue) =>
      setState((current) => updateDraft(current, recordId, (draft) => withValue(draft, field, value))),
    save: () => save(state),
    /** Saves again, past the duplicate rule's warning on this record. */
    saveAnyway: (recordId: string) => save(updateDraft(state, recordId, (draft) => ({ ...draft, allowDuplicates: true }))),
    resolve,
  };
}
