import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { auditFields, idField, isDeletedField, ownerField } from '../standard-fields';

/** Records a classic Note can hang off in this org (the standard ones from the recorded ParentId list). */
export const NOTE_PARENTS = ['Account', 'Contact', 'Lead', 'Opportunity'];

// Field list, labels and nillability from the recorded Note describe
// (describe-Note-trimmed-vscode-soqlMetadata-jawills.json, a 15-key subset); the write flags follow
// the Note object reference: ParentId is set on create only, Title is required, Body is plain text.
export function noteSpec(): ObjectSpec {
  return {
    name: 'Note', label: 'Note', labelPlural: 'Notes', keyPrefix: '002',
    flags: { feedEnabled: false, mruEnabled: false, compactLayoutable: false },
    urls: ['rowTemplate', 'uiDetailTemplate', 'uiEditTemplate', 'describe', 'uiNewRecord', 'layouts', 'sobject'],
    recordTypes: false,
    fields: [
      idField('Note Id'),
      isDeletedField(),
      field({
        name: 'ParentId', label: 'Parent ID', type: 'reference', required: true, updateable: false, referenceTo: [...NOTE_PARENTS],
        relationshipName: 'Parent', child: { relationshipName: 'Notes', cascadeDelete: true },
      }),
      field({ name: 'Title', label: 'Title', type: 'string', required: true, length: 80 }),
      field({ name: 'IsPrivate', label: 'Private', type: 'boolean' }),
      field({ name: 'Body', label: 'Body', type: 'textarea', length: 32000 }),
      ownerField(),
      ...auditFields(),
    ],
  };
}
