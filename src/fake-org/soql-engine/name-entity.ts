import type { FieldType } from '../metadata/describe-types';

// A polymorphic lookup (Task.What, Task.Who, Case.Owner…) traverses to Salesforce's "Name" entity:
// only these fields can be selected through it, and the nested record's attributes.type is "Name".
export const NAME_ENTITY = 'Name';

const NAME_FIELDS: Record<string, FieldType> = {
  Id: 'id', Name: 'string', Alias: 'string', Email: 'email', FirstName: 'string', LastName: 'string',
  IsActive: 'boolean', Phone: 'phone', Title: 'string', Type: 'picklist', Username: 'string',
  UserRoleId: 'reference', ProfileId: 'reference', RecordTypeId: 'reference', NameOrAlias: 'string',
  CommunityNickname: 'string', LastReferencedDate: 'datetime', LastViewedDate: 'datetime',
};

export function nameEntityField(name: string): { name: string; type: FieldType } | undefined {
  const lower = name.toLowerCase();
  const canonical = Object.keys(NAME_FIELDS).find((key) => key.toLowerCase() === lower);
  return canonical ? { name: canonical, type: NAME_FIELDS[canonical] ?? 'string' } : undefined;
}
