import { DuplicatesError, type FieldDescribe, type SfRecord, type SObjectDescribe } from '../../salesforce';
import type { EditableRecords } from './edit-record-query';
import { layoutFormFields } from './form-fields';
import { changedValues, formValuesOf, withoutError, type FieldErrors } from './form-values';
import { isEditable, type FormValue, type FormValues } from './inputs';
import { recordId, recordName } from './record-name';

/** One record of the edit form: what Salesforce held when it loaded, and what the user has typed since. */
export interface RecordDraft {
  readonly id: string;
  readonly describe: SObjectDescribe;
  readonly name: string;
  /** The record as loaded: read-only values and lookup names are shown from it. */
  readonly source: SfRecord;
  /** Layout order, editable and read-only fields mixed. */
  readonly layoutFields: readonly FieldDescribe[];
  readonly editable: readonly FieldDescribe[];
  readonly values: FormValues;
  /** What Salesforce holds as far as the form knows: a field differing from it is a change to send. */
  readonly baseline: FormValues;
  /** Sent as If-Unmodified-Since, so a teammate's later change is never overwritten unseen. */
  readonly lastModifiedDate: string | undefined;
  readonly errors: FieldErrors;
  /** Why the last save of this record failed, when no field explains it. */
  readonly failure?: unknown;
  /** The user saw Salesforce's duplicate warning for these values and chose "Save anyway". */
  readonly allowDuplicates?: boolean;
}

export function draftsFrom(records: EditableRecords): RecordDraft[] {
  return records.map(({ describe, record, layout }) => {
    const layoutFields = layoutFormFields(describe, layout);
    const editable = layoutFields.filter((field) => isEditable(field, 'update'));
    const values = formValuesOf(editable, record);
    const lastModified = record.LastModifiedDate;
    return {
      id: recordId(record),
      describe,
      name: recordName(describe, record),
      source: record,
      layoutFields,
      editable,
      values,
      baseline: values,
      lastModifiedDate: typeof lastModified === 'string' ? lastModified : undefined,
      errors: {},
    };
  });
}

export function changesOf(draft: RecordDraft): Record<string, unknown> {
  return changedValues(draft.editable, draft.values, draft.baseline);
}

export function hasChanges(draft: RecordDraft): boolean {
  return Object.keys(changesOf(draft)).length > 0;
}

export function withValue(draft: RecordDraft, field: string, value: FormValue): RecordDraft {
  // "Save anyway" was said of the values the warning was about: new ones are checked again.
  return { ...draft, values: { ...draft.values, [field]: value }, errors: withoutError(draft.errors, field), allowDuplicates: false };
}

/** The duplicate rule's warning on this record, when the rule lets the user save anyway. */
export function allowsSavingAnyway(draft: RecordDraft): boolean {
  return draft.failure instanceof DuplicatesError && draft.failure.allowSave;
}

/** After a save: what was sent is what Salesforce holds now, so it won't be sent again. */
export function markSaved(draft: RecordDraft, sent: FormValues): RecordDraft {
  return { ...draft, baseline: { ...draft.baseline, ...sent }, errors: {}, failure: undefined };
}

/** The typed values of the fields about to be sent, to mark them saved once Salesforce accepts them. */
export function sentValues(draft: RecordDraft): FormValues {
  return Object.fromEntries(Object.keys(changesOf(draft)).map((name) => [name, draft.values[name] ?? '']));
}
