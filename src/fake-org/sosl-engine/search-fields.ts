import type { FieldDescribe, FieldType, SObjectDescribe } from '../metadata/describe-types';

// Which fields a search group looks in. IN EMAIL / PHONE FIELDS go by field type, NAME by the
// object's name fields (a person's name parts, a lead's company, titles), ALL by every text field.

export type SearchGroup = 'ALL' | 'NAME' | 'EMAIL' | 'PHONE' | 'SIDEBAR';

export const SEARCH_GROUPS: readonly SearchGroup[] = ['ALL', 'NAME', 'EMAIL', 'PHONE', 'SIDEBAR'];

export interface SearchField {
  name: string;
  /** Phone fields match on digits only, whatever the stored format. */
  phone: boolean;
}

const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['string', 'textarea', 'email', 'phone', 'url', 'combobox']);
const NAME_PARTS = new Set(['name', 'firstname', 'lastname', 'middlename', 'suffix', 'company', 'title']);

function inGroup(field: FieldDescribe, group: SearchGroup): boolean {
  switch (group) {
    case 'EMAIL':
      return field.type === 'email';
    case 'PHONE':
      return field.type === 'phone';
    case 'ALL':
      return TEXT_TYPES.has(field.type);
    default:
      return field.type === 'string' && (field.nameField || NAME_PARTS.has(field.name.toLowerCase()));
  }
}

export function searchFields(describe: SObjectDescribe, group: SearchGroup): SearchField[] {
  return describe.fields.filter((field) => inGroup(field, group)).map((field) => ({ name: field.name, phone: field.type === 'phone' }));
}
