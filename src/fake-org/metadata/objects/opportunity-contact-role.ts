import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { auditFields, idField, isDeletedField } from '../standard-fields';

// Field list and flags from the recorded describe (describe-OpportunityContactRole-v48-cumulusci.json).
export function opportunityContactRoleSpec(): ObjectSpec {
  return {
    name: 'OpportunityContactRole', label: 'Opportunity Contact Role', labelPlural: 'Opportunity Contact Role', keyPrefix: '00K',
    flags: { feedEnabled: false, mruEnabled: false, searchLayoutable: false, searchable: false, undeletable: false },
    supportedScopes: [{ label: 'All opportunity contact role', name: 'everything' }],
    urls: ['compactLayouts', 'rowTemplate', 'uiDetailTemplate', 'uiEditTemplate', 'defaultValues', 'describe', 'uiNewRecord', 'quickActions', 'layouts', 'sobject'],
    recordTypes: false,
    fields: [
      idField('Contact Role ID'),
      field({
        name: 'OpportunityId', label: 'Opportunity ID', type: 'reference', required: true, updateable: false, referenceTo: ['Opportunity'],
        child: { relationshipName: 'OpportunityContactRoles', cascadeDelete: true },
      }),
      field({
        name: 'ContactId', label: 'Contact ID', type: 'reference', required: true, referenceTo: ['Contact'],
        child: { relationshipName: 'OpportunityContactRoles', cascadeDelete: true },
      }),
      field({
        name: 'Role', label: 'Role', type: 'picklist', length: 40, permissionable: false,
        picklistValues: picklist([
          'Business User', 'Decision Maker', 'Economic Buyer', 'Economic Decision Maker', 'Evaluator', 'Executive Sponsor',
          'Influencer', 'Technical Buyer', 'Other',
        ]),
      }),
      field({ name: 'IsPrimary', label: 'Primary', type: 'boolean' }),
      ...auditFields(),
      isDeletedField(),
    ],
  };
}
