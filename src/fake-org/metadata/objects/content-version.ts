import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { auditFields, idField, isDeletedField, ownerField } from '../standard-fields';
import { PUBLISH_STATUSES, SHARING_OPTIONS, SHARING_PRIVACIES } from './content-document';

/** Objects FirstPublishLocationId may name in this org (the recorded describes list ContentVersion under each). */
export const FIRST_PUBLISH_LOCATIONS = ['Account', 'Case', 'Contact', 'Lead', 'Opportunity', 'Task', 'User'];

const CONTENT_LOCATIONS = [['S', 'Salesforce'], ['E', 'External'], ['L', 'Social Customer Service']] as const;
const ORIGINS = [['C', 'Content Origin'], ['H', 'Chatter Origin']] as const;

// One version of a file. Inserting one without ContentDocumentId creates the file; with it, a new version
// of that file. VersionData is the content (base64 in JSON; read back through the blob endpoint). Field
// list and labels from the ContentVersion field reference, without library, rating and external-source
// fields. ContentVersions cannot be deleted: the file (ContentDocument) is.
export function contentVersionSpec(): ObjectSpec {
  const readOnly = { readOnly: true } as const;
  return {
    name: 'ContentVersion', label: 'Content Version', labelPlural: 'Content Versions', keyPrefix: '068',
    // The object reference lists no getUpdated()/getDeleted() among its calls: not replicateable.
    flags: { deletable: false, undeletable: false, feedEnabled: false, compactLayoutable: true, replicateable: false },
    urls: ['compactLayouts', 'rowTemplate', 'uiDetailTemplate', 'uiEditTemplate', 'describe', 'uiNewRecord', 'quickActions', 'layouts', 'sobject'],
    fields: [
      idField('ContentVersion ID'),
      field({
        name: 'ContentDocumentId', label: 'ContentDocument ID', type: 'reference', required: true, defaultedOnCreate: true, updateable: false,
        referenceTo: ['ContentDocument'], child: { relationshipName: 'ContentVersions', cascadeDelete: true },
      }),
      field({ name: 'IsLatest', label: 'Is Latest', type: 'boolean', ...readOnly }),
      field({ name: 'ContentUrl', label: 'Content URL', type: 'url', length: 1333 }),
      field({ name: 'VersionNumber', label: 'Version Number', type: 'string', length: 20, ...readOnly }),
      field({ name: 'Title', label: 'Title', type: 'string', required: true, defaultedOnCreate: true, nameField: true }),
      field({ name: 'Description', label: 'Description', type: 'textarea', length: 1000 }),
      field({ name: 'ReasonForChange', label: 'Reason For Change', type: 'string', length: 1000 }),
      field({ name: 'SharingOption', label: 'Prevent others from sharing and unsharing', type: 'picklist', required: true, length: 40, defaultedOnCreate: true, restrictedPicklist: true, picklistValues: picklist(SHARING_OPTIONS, { defaultValue: 'A' }) }),
      field({ name: 'SharingPrivacy', label: 'File Privacy on Records', type: 'picklist', required: true, length: 40, defaultedOnCreate: true, restrictedPicklist: true, picklistValues: picklist(SHARING_PRIVACIES, { defaultValue: 'N' }) }),
      field({ name: 'PathOnClient', label: 'Path On Client', type: 'string', length: 500, updateable: false }),
      field({ name: 'FeaturedContentBoost', label: 'Featured Content Boost', type: 'int', ...readOnly }),
      field({ name: 'FeaturedContentDate', label: 'Featured Content Date', type: 'date', ...readOnly }),
      ownerField(),
      ...auditFields(),
      field({ name: 'TagCsv', label: 'Tags', type: 'textarea', length: 2000 }),
      field({ name: 'FileType', label: 'File Type', type: 'string', required: true, length: 20, ...readOnly, defaultedOnCreate: true }),
      field({ name: 'PublishStatus', label: 'Publish Status', type: 'picklist', required: true, length: 40, restrictedPicklist: true, picklistValues: picklist(PUBLISH_STATUSES), ...readOnly, defaultedOnCreate: true }),
      field({ name: 'VersionData', label: 'Version Data', type: 'base64', updateable: false }),
      field({ name: 'ContentSize', label: 'Size', type: 'int', ...readOnly }),
      field({ name: 'FileExtension', label: 'File Extension', type: 'string', length: 40, ...readOnly }),
      field({
        name: 'FirstPublishLocationId', label: 'First Publish Location ID', type: 'reference', updateable: false,
        referenceTo: [...FIRST_PUBLISH_LOCATIONS], child: { relationshipName: null },
      }),
      field({ name: 'Origin', label: 'Content Origin', type: 'picklist', required: true, length: 40, defaultedOnCreate: true, updateable: false, restrictedPicklist: true, picklistValues: picklist(ORIGINS, { defaultValue: 'C' }) }),
      field({ name: 'ContentLocation', label: 'Content Location', type: 'picklist', required: true, length: 40, defaultedOnCreate: true, updateable: false, restrictedPicklist: true, picklistValues: picklist(CONTENT_LOCATIONS, { defaultValue: 'S' }) }),
      field({ name: 'TextPreview', label: 'Text Preview', type: 'string', ...readOnly }),
      field({ name: 'Checksum', label: 'Checksum', type: 'string', length: 50, ...readOnly }),
      field({ name: 'IsMajorVersion', label: 'Major Version', type: 'boolean', updateable: false }),
      isDeletedField(),
      field({ name: 'ContentModifiedDate', label: 'Content Modified Date', type: 'datetime' }),
      field({ name: 'ContentModifiedById', label: 'User ID', type: 'reference', referenceTo: ['User'], ...readOnly }),
    ],
  };
}
