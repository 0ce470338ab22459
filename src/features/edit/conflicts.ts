import type { FieldDescribe, SfRecord } from '../../salesforce';
import { changesOf, type RecordDraft } from './edit-drafts';
import { sameFormValue } from './form-values';
import { toFormValue, type FormValue } from './inputs';

export interface FieldConflict {
  readonly field: FieldDescribe;
  /** The value a teammate saved after the form loaded. */
  readonly theirs: FormValue;
}

/** A save refused with 412: the fields both the user and someone else changed, still to be decided. */
export interface RecordConflict {
  readonly recordId: string;
  /** The record's LastModifiedDate now: saving with it says "I have seen their change". */
  readonly lastModifiedDate: string | undefined;
  readonly fields: readonly FieldConflict[];
}

/** Which of the user's changes someone else also changed, from the record as Salesforce holds it now. */
export function conflictOf(draft: RecordDraft, server: SfRecord): RecordConflict {
  const changed = new Set(Object.keys(changesOf(draft)));
  const fields = draft.editable
    .filter((field) => changed.has(field.name))
    .map((field) => ({ field, theirs: toFormValue(field, server[field.name]) }))
    .filter(({ field, theirs }) => !sameFormValue(theirs, draft.baseline[field.name]));
  const lastModified = server.LastModifiedDate;
  return { recordId: draft.id, lastModifiedDate: typeof lastModified === 'string' ? lastModified : undefined, fields };
}

export type Resolution = 'mine' | 'theirs';

/** Applies the user's choice for one field; returns the draft and what is left of the conflict. */
export function resolveField(
  draft: RecordDraft,
  conflict: RecordConflict,
  fieldName: string,
  resolution: Resolution,
): { draft: RecordDraft; conflict: RecordConflict | undefined } {
  const item = conflict.fields.find(({ field }) => field.name === fieldName);
  if (!item) return { draft, conflict };
  // Either way the server's value becomes the known baseline; "theirs" also puts it in the form.
  const values = resolution === 'theirs' ? { ...draft.values, [fieldName]: item.theirs } : draft.values;
  const remaining = conflict.fields.filter(({ field }) => field.name !== fieldName);
  const resolved: RecordDraft = { ...draft, values, baseline: { ...draft.baseline, [fieldName]: item.theirs } };
  if (remaining.length > 0) return { draft: resolved, conflict: { ...conflict, fields: remaining } };
  return { draft: { ...resolved, lastModifiedDate: conflict.lastModifiedDate ?? draft.lastModifiedDate }, conflict: undefined };
}
