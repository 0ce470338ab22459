import type { SfRecord, SObjectDescribe } from '../../salesforce';

/** What a person calls the record: its name field (a Case's number), else its id. */
export function recordName(describe: SObjectDescribe, record: Readonly<Record<string, unknown>>): string {
  const nameField = describe.fields.find((field) => field.nameField)?.name ?? 'Name';
  const name = record[nameField];
  if (typeof name === 'string' && name.trim() !== '') return name;
  return typeof record.Id === 'string' ? record.Id : describe.label;
}

export function recordId(record: SfRecord): string {
  return String(record.Id);
}
