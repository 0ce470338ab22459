import type { SfRecord, SObjectDescribe } from '../../salesforce';

// A Case's name field is its number, which alone tells an agent nothing: its subject travels with it.
const TITLE_FIELDS_OF: Readonly<Record<string, readonly string[]>> = { Case: ['CaseNumber', 'Subject'] };

export interface RecordTitle {
  readonly text: string;
  /** The fields the title shows, so a field list under it doesn't repeat them. */
  readonly fields: readonly string[];
}

const nonEmptyText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function nameFields(describe: SObjectDescribe): readonly string[] {
  const special = TITLE_FIELDS_OF[describe.name];
  if (special) return special;
  const nameField = describe.fields.find((field) => field.nameField);
  return nameField ? [nameField.name] : [];
}

/**
 * What a person calls this record: its name field(s); for objects without one, the first text among the
 * layout's fields; else its id, else the object's label.
 */
export function recordTitle(describe: SObjectDescribe, record: SfRecord, layoutFields: readonly string[] = []): RecordTitle {
  const named = nameFields(describe).filter((name) => nonEmptyText(record[name]));
  if (named.length > 0) return { text: named.map((name) => String(record[name])).join(' – '), fields: nameFields(describe) };
  const firstText = layoutFields.find((name) => nonEmptyText(record[name]));
  if (firstText) return { text: String(record[firstText]), fields: [firstText] };
  return { text: nonEmptyText(record.Id) ? record.Id : describe.label, fields: nameFields(describe) };
}

export const recordName = (describe: SObjectDescribe, record: SfRecord, layoutFields?: readonly string[]): string =>
  recordTitle(describe, record, layoutFields).text;
