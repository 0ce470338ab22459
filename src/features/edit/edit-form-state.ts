import { resolveField, type RecordConflict, type Resolution } from './conflicts';
import { changesOf, markSaved, type RecordDraft } from './edit-drafts';
import { checkFields } from './form-values';
import type { SaveOutcome } from './save-drafts';

/** Everything the edit form remembers between renders. */
export interface EditFormState {
  readonly drafts: readonly RecordDraft[];
  readonly conflicts: readonly RecordConflict[];
  /** The user kept their own value in a conflict: the save resumes once every conflict is decided. */
  readonly keptMine: boolean;
  /** A failure that stopped the whole save, shown above the form. */
  readonly error?: unknown;
}

export function initialState(drafts: readonly RecordDraft[]): EditFormState {
  return { drafts, conflicts: [], keptMine: false };
}

export function updateDraft(state: EditFormState, id: string, change: (draft: RecordDraft) => RecordDraft): EditFormState {
  return { ...state, drafts: state.drafts.map((draft) => (draft.id === id ? change(draft) : draft)) };
}

/** The client-side check of every changed record; the state with its messages, and whether it passed. */
export function checked(state: EditFormState): { state: EditFormState; valid: boolean } {
  let valid = true;
  const drafts = state.drafts.map((draft) => {
    const changed = new Set(Object.keys(changesOf(draft)));
    if (changed.size === 0) return draft;
    // Only what the user changed: a value Salesforce already holds is Salesforce's to judge.
    const errors = checkFields(draft.editable.filter((field) => changed.has(field.name)), draft.values, 'update');
    if (Object.keys(errors).length > 0) valid = false;
    return { ...draft, errors, failure: undefined };
  });
  return { state: { ...state, drafts, error: undefined }, valid };
}

export function withOutcome(state: EditFormState, outcome: SaveOutcome): EditFormState {
  const drafts = state.drafts.map((draft) => {
    const sent = outcome.saved.get(draft.id);
    if (sent) return markSaved(draft, sent);
    return { ...draft, errors: outcome.fieldErrors.get(draft.id) ?? {}, failure: outcome.recordErrors.get(draft.id) };
  });
  return { drafts, conflicts: outcome.conflicts, keptMine: false, error: outcome.error };
}

export function isSettled(outcome: SaveOutcome): boolean {
  return outcome.error === undefined && outcome.conflicts.length === 0 && outcome.fieldErrors.size === 0 && outcome.recordErrors.size === 0;
}

/** Applies a choice to one field of a conflict, or to all of them when `fieldName` is absent. */
export function resolved(state: EditFormState, recordId: string, resolution: Resolution, fieldName?: string): EditFormState {
  const conflict = state.conflicts.find((item) => item.recordId === recordId);
  const draft = state.drafts.find((item) => item.id === recordId);
  if (!conflict || !draft) return state;
  const names = fieldName ? [fieldName] : conflict.fields.map(({ field }) => field.name);
  let current: { draft: RecordDraft; conflict: RecordConflict | undefined } = { draft, conflict };
  for (const name of names) {
    if (current.conflict) current = resolveField(current.draft, current.conflict, name, resolution);
  }
  const next = updateDraft(state, recordId, () => current.draft);
  const conflicts = state.conflicts.flatMap((item) => (item.recordId !== recordId ? [item] : current.conflict ? [current.conflict] : []));
  return { ...next, conflicts, keptMine: state.keptMine || resolution === 'mine' };
}
