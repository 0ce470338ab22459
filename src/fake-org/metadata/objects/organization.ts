import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { auditFields, idField } from '../standard-fields';

// The org itself: one read-only row every user may query, and what "share with the whole company" links
// to (ContentDocumentLink.LinkedEntityId). Fields from the recorded Organization record
// (record-Organization-cumulusci.json), limited to the identity and locale ones.
export function organizationSpec(): ObjectSpec {
  const readOnly = { readOnly: true } as const;
  return {
    name: 'Organization', label: 'Organization', labelPlural: 'Organizations', keyPrefix: '00D',
    flags: {
      createable: false, deletable: false, undeletable: false, searchable: false, layoutable: false, mruEnabled: false,
      compactLayoutable: false, searchLayoutable: false, feedEnabled: false, triggerable: false, mergeable: false,
    },
    urls: ['rowTemplate', 'describe', 'sobject'],
    recordTypes: false,
    fields: [
      idField('Organization ID'),
      field({ name: 'Name', label: 'Name', type: 'string', required: true, length: 80, nameField: true }),
      field({ name: 'Division', label: 'Division', type: 'string', length: 80 }),
      field({ name: 'Country', label: 'Country', type: 'string', length: 80 }),
      field({ name: 'PrimaryContact', label: 'Primary Contact', type: 'string', length: 80 }),
      field({ name: 'DefaultLocaleSidKey', label: 'Locale', type: 'string', required: true, length: 40 }),
      field({ name: 'TimeZoneSidKey', label: 'Default Time Zone', type: 'string', required: true, length: 40 }),
      field({ name: 'LanguageLocaleKey', label: 'Language', type: 'string', required: true, length: 40 }),
      field({ name: 'OrganizationType', label: 'Edition', type: 'string', length: 40, ...readOnly }),
      field({ name: 'InstanceName', label: 'Instance Name', type: 'string', length: 5, ...readOnly }),
      field({ name: 'IsSandbox', label: 'Is Sandbox', type: 'boolean', ...readOnly }),
      field({ name: 'NamespacePrefix', label: 'Namespace Prefix', type: 'string', length: 15, ...readOnly }),
      ...auditFields(),
    ],
  };
}
