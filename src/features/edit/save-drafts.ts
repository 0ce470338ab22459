import { ConflictError, type SalesforceClient } from '../../salesforce';
import { conflictOf, type RecordConflict } from './conflicts';
import { changesOf, sentValues, type RecordDraft } from './edit-drafts';
import type { FieldErrors } from './form-values';
import type { FormValues } from './inputs';
import { concernsOneRecord, fieldErrorsOf } from './save-errors';

export interface SaveOutcome {
  /** Records Salesforce accepted, with the form values it now holds. */
  readonly saved: ReadonlyMap<string, FormValues>;
  readonly fieldErrors: ReadonlyMap<string, FieldErrors>;
  readonly conflicts: readonly RecordConflict[];
  /** A record's failure no field explains (no permission, deleted…), shown with that record. */
  readonly recordErrors: ReadonlyMap<string, unknown>;
  /** A failure that stopped the save (expired session, API limit, network), shown above the form. */
  readonly error?: unknown;
}

type RecordResult =
  | { kind: 'saved' }
  | { kind: 'conflict'; conflict: RecordConflict }
  | { kind: 'failed'; error: unknown };

async function saveOne(client: SalesforceClient, draft: RecordDraft): Promise<RecordResult> {
  const changes = changesOf(draft);
  const allowDuplicates = draft.allowDuplicates === true;
  try {
    await client.update(draft.describe.name, draft.id, changes, { lastModifiedDate: draft.lastModifiedDate, allowDuplicates });
    return { kind: 'saved' };
  } catch (error) {
    if (!(error instanceof ConflictError) || !error.serverValues) return { kind: 'failed', error };
    const conflict = conflictOf(draft, error.serverValues);
    if (conflict.fields.length > 0) return { kind: 'conflict', conflict };
    // Someone saved other fields (or this form saved this record earlier): nothing of theirs is overwritten.
    try {
      await client.update(draft.describe.name, draft.id, changes, { lastModifiedDate: conflict.lastModifiedDate, allowDuplicates });
      return { kind: 'saved' };
    } catch (retryError) {
      return { kind: 'failed', error: retryError };
    }
  }
}

/**
 * Saves each changed record in turn, sending only its changed fields with its LastModifiedDate. A record's
 * own failure doesn't stop the others; a failure that would stop them all (session, limits, network) does.
 */
export async function saveDrafts(client: SalesforceClient, drafts: readonly RecordDraft[]): Promise<SaveOutcome> {
  const saved = new Map<string, FormValues>();
  const fieldErrors = new Map<string, FieldErrors>();
  const conflicts: RecordConflict[] = [];
  const recordErrors = new Map<string, unknown>();
  for (const draft of drafts) {
    if (Object.keys(changesOf(draft)).length === 0) continue;
    const sent = sentValues(draft);
    const result = await saveOne(client, draft);
    if (result.kind === 'saved') saved.set(draft.id, sent);
    else if (result.kind === 'conflict') conflicts.push(result.conflict);
    else if (!concernsOneRecord(result.error)) return { saved, fieldErrors, conflicts, recordErrors, error: result.error };
    else {
      const onFields = fieldErrorsOf(result.error, draft.editable);
      if (Object.keys(onFields).length > 0) fieldErrors.set(draft.id, onFields);
      else recordErrors.set(draft.id, result.error);
    }
  }
  return { saved, fieldErrors, conflicts, recordErrors };
}
