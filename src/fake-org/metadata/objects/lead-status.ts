import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { auditFields, idField } from '../standard-fields';

// LeadStatus is setup data exposed read-only to the API (describe, query, retrieve): it lists the
// Lead Status values and tells convertLead which of them count as converted.
export function leadStatusSpec(): ObjectSpec {
  const readOnly = { readOnly: true } as const;
  return {
    name: 'LeadStatus', label: 'Lead Status Value', labelPlural: 'Lead Status Values', keyPrefix: '01J',
    flags: {
      createable: false, updateable: false, deletable: false, undeletable: false, searchable: false, layoutable: false,
      compactLayoutable: false, searchLayoutable: false, feedEnabled: false, mruEnabled: false, triggerable: false,
    },
    urls: ['rowTemplate', 'describe', 'sobject'],
    recordTypes: false,
    fields: [
      idField('Lead Status Value ID'),
      field({ name: 'MasterLabel', label: 'Master Label', type: 'string', required: true, nameField: true, ...readOnly }),
      field({ name: 'ApiName', label: 'Api Name', type: 'string', required: true, ...readOnly }),
      field({ name: 'SortOrder', label: 'Sort Order', type: 'int', ...readOnly }),
      field({ name: 'IsDefault', label: 'Is Default', type: 'boolean', ...readOnly }),
      field({ name: 'IsConverted', label: 'Is Converted', type: 'boolean', ...readOnly }),
      ...auditFields(),
    ],
  };
}
