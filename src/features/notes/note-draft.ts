import type { SObjectDescribe } from '../../salesforce';
import type { LookupOption } from '../../ui';
import type { Note } from './note-record';

/** A person picked in the Owner LookupInput. */
export type OwnerOption = LookupOption;

export interface NoteDraft {
  readonly title: string;
  readonly body: string;
  readonly owner: OwnerOption | undefined;
  readonly isPrivate: boolean;
}

export type NoteDraftErrors = Partial<Record<'title' | 'body' | 'owner', string>>;

export interface NoteLimits {
  readonly title: number;
  readonly body: number;
}

// Note's documented lengths, for a describe that leaves a field out (field-level security).
const DEFAULT_LIMITS: NoteLimits = { title: 80, body: 32_000 };

export function noteLimits(describe: SObjectDescribe): NoteLimits {
  const length = (name: string) => describe.fields.find((field) => field.name === name)?.length || undefined;
  return { title: length('Title') ?? DEFAULT_LIMITS.title, body: length('Body') ?? DEFAULT_LIMITS.body };
}

export function draftOf(note: Note | undefined, defaultOwner: OwnerOption | undefined): NoteDraft {
  if (!note) return { title: '', body: '', owner: defaultOwner, isPrivate: false };
  return { title: note.title, body: note.body, owner: note.owner, isPrivate: note.isPrivate };
}

const count = (value: number) => value.toLocaleString('en-US');

export function checkDraft(draft: NoteDraft, limits: NoteLimits, existing: Note | undefined): NoteDraftErrors {
  const errors: NoteDraftErrors = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'Enter a title.';
  else if (title.length > limits.title) errors.title = `Use at most ${count(limits.title)} characters (now ${count(title.length)}).`;
  if (draft.body.length > limits.body) {
    errors.body = `The body is ${count(draft.body.length - limits.body)} characters too long; Salesforce keeps at most ${count(limits.body)}.`;
  }
  // A new note without an owner is the running user's, as in Salesforce; an existing one must keep someone.
  if (existing && !draft.owner) errors.owner = 'Choose who owns this note.';
  return errors;
}

/** The fields to send: ParentId only on create (it can't change), OwnerId only when someone was chosen or changed. */
export function noteValues(draft: NoteDraft, existing: Note | undefined, parentId: string): Record<string, unknown> {
  const values: Record<string, unknown> = { Title: draft.title.trim(), Body: draft.body, IsPrivate: draft.isPrivate };
  if (!existing) return { ParentId: parentId, ...values, ...(draft.owner && { OwnerId: draft.owner.id }) };
  return { ...values, ...(draft.owner && draft.owner.id !== existing.owner?.id && { OwnerId: draft.owner.id }) };
}

export function bodyCount(draft: NoteDraft, limits: NoteLimits): string {
  return `${count(draft.body.length)} / ${count(limits.body)} characters`;
}
