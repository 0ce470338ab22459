import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { idField, isDeletedField } from '../standard-fields';

/**
 * What a file can be shared with in this org: the records of the objects it models (the recorded Account,
 * Contact, Lead, Opportunity, Case and Task describes all list ContentDocumentLinks), users, and the whole
 * company through the Organization record.
 */
export const FILE_LINK_TARGETS = ['Account', 'Case', 'Contact', 'Lead', 'Opportunity', 'Organization', 'Task', 'User'];

/** V viewer, C collaborator (may add versions), I inferred from the linked record or library. */
export const SHARE_TYPES = [['V', 'Viewer'], ['C', 'Collaborator'], ['I', 'Inferred']] as const;

export const FILE_VISIBILITIES = [['AllUsers', 'All Users'], ['InternalUsers', 'Standard Users'], ['SharedUsers', 'Shared Users']] as const;

// The link between a file and where it is shared. Field list from the object reference (Id,
// ContentDocumentId, IsDeleted, LinkedEntityId, ShareType, SystemModstamp, Visibility): a link has no
// owner and no created/modified stamps of its own.
export function contentDocumentLinkSpec(): ObjectSpec {
  return {
    name: 'ContentDocumentLink', label: 'Content Document Link', labelPlural: 'Content Document Link', keyPrefix: '06A',
    // The object reference lists no getUpdated()/getDeleted() among its calls: not replicateable.
    flags: {
      compactLayoutable: false, feedEnabled: false, layoutable: false, mruEnabled: false, replicateable: false,
      searchLayoutable: false, searchable: false, undeletable: false,
    },
    urls: ['rowTemplate', 'describe', 'sobject'],
    recordTypes: false,
    fields: [
      idField('ContentDocumentLink ID'),
      field({
        name: 'LinkedEntityId', label: 'Linked Entity ID', type: 'reference', required: true, updateable: false,
        referenceTo: [...FILE_LINK_TARGETS], child: { relationshipName: 'ContentDocumentLinks', cascadeDelete: true },
      }),
      field({
        name: 'ContentDocumentId', label: 'ContentDocument ID', type: 'reference', required: true, updateable: false,
        referenceTo: ['ContentDocument'], child: { relationshipName: 'ContentDocumentLinks', cascadeDelete: true },
      }),
      isDeletedField(),
      field({ name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime', readOnly: true, required: true, defaultedOnCreate: true }),
      field({ name: 'ShareType', label: 'Share Type', type: 'picklist', required: true, length: 40, restrictedPicklist: true, picklistValues: picklist(SHARE_TYPES) }),
      field({
        name: 'Visibility', label: 'Visibility', type: 'picklist', length: 40, defaultedOnCreate: true, restrictedPicklist: true,
        picklistValues: picklist(FILE_VISIBILITIES),
      }),
    ],
  };
}
