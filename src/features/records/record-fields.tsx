import { fieldLabel, type FieldDescribe, type SfRecord } from '../../salesforce';
import { FieldValue } from './field-value';
import type { FormatOptions } from './format-options';
import { formatFieldValue } from './format-value';
import type { OpenUrl } from '../../ui';
import './records.css';

interface RecordFieldsProps {
  record: SfRecord;
  fields: readonly FieldDescribe[];
  onOpenUrl: OpenUrl;
  formatOptions?: FormatOptions;
}

/** Label / value pairs; a field with nothing in it takes no room. */
export function RecordFields({ record, fields, onOpenUrl, formatOptions }: RecordFieldsProps) {
  const rows = fields.flatMap((field) => {
    const value = formatFieldValue(field, record, formatOptions);
    return value ? [{ field, value }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <dl className="records-fields">
      {rows.map(({ field, value }) => (
        <div className="records-field" key={field.name}>
          <dt className="records-field-label">{fieldLabel(field)}</dt>
          <dd className="records-field-value">
            <FieldValue value={value} onOpenUrl={onOpenUrl} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
