import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { auditFields, idField, isDeletedField, lastViewedFields, ownerField } from '../standard-fields';

/** Who may re-share a file: A anyone with access, R only its owner ("Prevent others from sharing and unsharing"). */
export const SHARING_OPTIONS = [['A', 'Freeze Sharing Off'], ['R', 'Freeze Sharing On']] as const;
/** N follows record access, P private on records. */
export const SHARING_PRIVACIES = [['N', 'Visible to Anyone With Record Access'], ['P', 'Private on Records']] as const;
/** P public (a file in Files), R in a private library, U an interrupted upload. */
export const PUBLISH_STATUSES = [['U', 'Upload Interrupted'], ['P', 'Public'], ['R', 'Private Library']] as const;

// A file: Salesforce creates it with its first ContentVersion and points LatestPublishedVersionId at the
// newest one. It cannot be created through the API, only renamed, re-owned or deleted. Field list and
// labels from the ContentDocument field reference, without the library and asset fields this org lacks.
export function contentDocumentSpec(): ObjectSpec {
  const readOnly = { readOnly: true } as const;
  return {
    name: 'ContentDocument', label: 'Content Document', labelPlural: 'Content Documents', keyPrefix: '069',
    // The object reference lists no getUpdated()/getDeleted() among its calls: not replicateable.
    flags: { createable: false, compactLayoutable: false, feedEnabled: true, replicateable: false, searchLayoutable: false },
    urls: ['rowTemplate', 'uiDetailTemplate', 'describe', 'sobject'],
    recordTypes: false,
    fields: [
      idField('ContentDocument ID'),
      ...auditFields(),
      field({ name: 'IsArchived', label: 'Is Archived', type: 'boolean', ...readOnly }),
      field({ name: 'ArchivedById', label: 'User ID', type: 'reference', referenceTo: ['User'], ...readOnly }),
      field({ name: 'ArchivedDate', label: 'Archived Date', type: 'date', ...readOnly }),
      isDeletedField(),
      ownerField(),
      field({ name: 'Title', label: 'Title', type: 'string', required: true, nameField: true }),
      field({ name: 'PublishStatus', label: 'Publish Status', type: 'picklist', required: true, length: 40, restrictedPicklist: true, picklistValues: picklist(PUBLISH_STATUSES), ...readOnly }),
      field({ name: 'LatestPublishedVersionId', label: 'Latest Published Version ID', type: 'reference', referenceTo: ['ContentVersion'], ...readOnly }),
      ...lastViewedFields(),
      field({ name: 'Description', label: 'Description', type: 'textarea', length: 1000 }),
      field({ name: 'ContentSize', label: 'Size', type: 'int', ...readOnly }),
      field({ name: 'FileType', label: 'File Type', type: 'string', length: 20, ...readOnly }),
      field({ name: 'FileExtension', label: 'File Extension', type: 'string', length: 40, ...readOnly }),
      field({ name: 'SharingOption', label: 'Prevent others from sharing and unsharing', type: 'picklist', required: true, length: 40, defaultedOnCreate: true, restrictedPicklist: true, picklistValues: picklist(SHARING_OPTIONS, { defaultValue: 'A' }) }),
      field({ name: 'SharingPrivacy', label: 'File Privacy on Records', type: 'picklist', required: true, length: 40, defaultedOnCreate: true, restrictedPicklist: true, picklistValues: picklist(SHARING_PRIVACIES, { defaultValue: 'N' }) }),
      field({ name: 'ContentModifiedDate', label: 'Content Modified Date', type: 'datetime', ...readOnly }),
    ],
  };
}
