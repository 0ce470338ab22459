import { describe, expect, it } from 'vitest';
import { checkDraft, noteValues, type NoteDraft } from './note-draft';
import type { Note } from './note-record';

const limits = { title: 80, body: 32_000 };
const avery = { id: '005000000000001AAA', name: 'Avery Admin' };
const noah = { id: '005000000000002AAA', name: 'Noah Fischer' };
const existing: Note = {
  id: '002000000000001AAA',
  title: 'Who decides',
  body: 'Maya decides.',
  createdDate: null,
  lastModifiedDate: null,
  isPrivate: false,
  owner: avery,
};
const draft = (changes: Partial<NoteDraft> = {}): NoteDraft => ({ title: 'Who decides', body: 'Maya decides.', owner: avery, isPrivate: false, ...changes });

describe('checkDraft', () => {
  it('needs a title that fits, and an owner only for a note that already has one', () => {
    expect(checkDraft(draft({ title: '  ' }), limits, undefined)).toEqual({ title: 'Enter a title.' });
    expect(checkDraft(draft({ title: 'x'.repeat(81) }), limits, undefined)).toEqual({ title: 'Use at most 80 characters (now 81).' });
    expect(checkDraft(draft({ owner: undefined }), limits, undefined)).toEqual({});
    expect(checkDraft(draft({ owner: undefined }), limits, existing)).toEqual({ owner: 'Choose who owns this note.' });
  });
});

describe('noteValues', () => {
  it('sets the parent on create only, and the owner only when one was chosen or changed', () => {
    expect(noteValues(draft({ title: ' Budget ', owner: undefined }), undefined, '003000000000001AAA')).toEqual({
      ParentId: '003000000000001AAA',
      Title: 'Budget',
      Body: 'Maya decides.',
      IsPrivate: false,
    });
    expect(noteValues(draft(), existing, '003000000000001AAA')).toEqual({ Title: 'Who decides', Body: 'Maya decides.', IsPrivate: false });
    expect(noteValues(draft({ owner: noah, isPrivate: true }), existing, '003000000000001AAA')).toEqual({
      Title: 'Who decides',
      Body: 'Maya decides.',
      IsPrivate: true,
      OwnerId: noah.id,
    });
  });
});
