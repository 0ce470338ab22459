import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { idField, isDeletedField } from '../standard-fields';

/** Who an email can be related to by ID: the people and users of the org. */
export const EMAIL_RELATION_TARGETS = ['Contact', 'Lead', 'User'] as const;

/**
 * EmailMessage's JunctionIdList pseudo-fields and the RelationType of the rows Salesforce writes for
 * them. A sender (FromAddress) has no such list: it is related by creating its row directly.
 */
export const RECIPIENT_LIST_RELATION_TYPES = { ToIds: 'ToAddress', CcIds: 'CcAddress', BccIds: 'BccAddress' } as const;

// The object reference lists the values only, so labels are left equal to them.
const RELATION_TYPES = ['ToAddress', 'CcAddress', 'BccAddress', 'FromAddress'];

// Enhanced Email's link between an email and a person. Field list, labels and lengths from the v67 field
// reference; write flags from the object reference: only RelationId can change after create. It keeps a
// CreatedDate and a SystemModstamp but no LastModifiedDate. Key prefix from Salesforce's ID prefix list.
export function emailMessageRelationSpec(): ObjectSpec {
  const stamp = { readOnly: true, required: true, defaultedOnCreate: true } as const;
  return {
    name: 'EmailMessageRelation', label: 'Email Message Relation', labelPlural: 'Email Message Relations', keyPrefix: '0CZ',
    flags: {
      compactLayoutable: false, feedEnabled: false, layoutable: false, mruEnabled: false, searchLayoutable: false,
      searchable: false, undeletable: false,
    },
    urls: ['rowTemplate', 'describe', 'sobject'],
    recordTypes: false,
    fields: [
      idField('Email Message Relation ID'),
      field({
        name: 'EmailMessageId', label: 'Email Message ID', type: 'reference', required: true, updateable: false,
        referenceTo: ['EmailMessage'],
        child: {
          relationshipName: 'EmailMessageRelations', cascadeDelete: true,
          junctionIdListNames: Object.keys(RECIPIENT_LIST_RELATION_TYPES), junctionReferenceTo: EMAIL_RELATION_TARGETS,
        },
      }),
      field({
        name: 'RelationId', label: 'Relation ID', type: 'reference', referenceTo: [...EMAIL_RELATION_TARGETS],
        relationshipName: 'Relation', child: { relationshipName: 'EmailMessageRelations', cascadeDelete: true },
      }),
      field({
        name: 'RelationType', label: 'Relation Type', type: 'picklist', required: true, updateable: false, length: 40,
        restrictedPicklist: true, picklistValues: picklist(RELATION_TYPES),
      }),
      field({ name: 'RelationAddress', label: 'Relation Address', type: 'string', updateable: false, length: 255 }),
      field({ name: 'RelationObjectType', label: 'Relation Object Type', type: 'string', readOnly: true, length: 50 }),
      field({ name: 'CreatedById', label: 'Created By ID', type: 'reference', referenceTo: ['User'], ...stamp }),
      field({ name: 'CreatedDate', label: 'Created Date', type: 'datetime', ...stamp }),
      field({ name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime', ...stamp }),
      isDeletedField(),
    ],
  };
}
