import { parentRecord, type SfRecord } from '../../salesforce';
import type { DescribeMap } from './describe-queries';
import type { RecordBundle } from './sender-panel';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function recordId(record: SfRecord): string {
  return text(record.Id) ?? '';
}

function personName(record: SfRecord): string {
  const parts = [text(record.FirstName), text(record.LastName)].filter(Boolean);
  return text(record.Name) ?? (parts.length > 0 ? parts.join(' ') : recordId(record));
}

/** What tells two people with the same handle apart: title, company, and whether it is a Contact or a Lead. */
export function personSummary(bundle: RecordBundle, describes: DescribeMap) {
  const { record } = bundle;
  let accountName: string | undefined;
  try {
    accountName = text(parentRecord(record, 'Account')?.Name) ?? text(record.Company);
  } catch {
    accountName = text(record.Company);
  }
  return {
    id: recordId(record),
    name: personName(record),
    title: text(record.Title),
    accountName,
    objectLabel: describes[bundle.sobject]?.label ?? bundle.sobject,
  };
}
