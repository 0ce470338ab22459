import type { ReactNode } from 'react';
import { fieldLabel, type FieldDescribe, type SfRecord, type SObjectDescribe } from '../../salesforce';
import { FieldValue } from './field-value';
import type { FormatOptions } from './format-options';
import { formatFieldValue } from './format-value';
import type { OpenUrl } from '../../ui';
import { OpenInSalesforceButton } from './open-in-salesforce-button';
import { recordName } from './record-name';
import './records.css';
import './related-list.css';

/** How many fields a related record's secondary line holds: more would wrap into a paragraph at sidebar width. */
const SECONDARY_FIELD_COUNT = 3;

interface RelatedItemProps {
  describe: SObjectDescribe;
  record: SfRecord;
  /** The layout's fields: the first titles the line, the next non-empty ones form its secondary line. */
  fields: readonly FieldDescribe[];
  /** Absent when the record came without an Id: there is nothing to open. */
  url: string | undefined;
  onOpenUrl: OpenUrl;
  formatOptions?: FormatOptions;
  /** Buttons before "Open in Salesforce", e.g. the record's edit pencil. */
  actions?: ReactNode;
}

/** A related record in two lines, e.g. "Renewal 2026" over "Negotiation · $48,000.00 · Mar 31, 2026". */
export function RelatedItem({ describe, record, fields, url, onOpenUrl, formatOptions, actions }: RelatedItemProps) {
  const [titleField, ...rest] = fields;
  const title = (titleField && formatFieldValue(titleField, record, formatOptions)?.text) || recordName(describe, record);
  const secondary = rest
    .flatMap((field) => {
      const value = formatFieldValue(field, record, formatOptions);
      return value ? [{ field, value }] : [];
    })
    .slice(0, SECONDARY_FIELD_COUNT);
  return (
    <li className="records-related-item">
      <div className="records-related-text">
        <p className="records-related-title">{title}</p>
        {secondary.length > 0 && (
          <p className="records-related-secondary">
            {secondary.map(({ field, value }, index) => (
              <span key={field.name}>
                {index > 0 && <span aria-hidden="true"> · </span>}
                <span className="records-visually-hidden">{fieldLabel(field)}: </span>
                <FieldValue value={value} onOpenUrl={onOpenUrl} />
              </span>
            ))}
          </p>
        )}
      </div>
      <div className="records-related-item-actions">
        {actions}
        {url !== undefined && <OpenInSalesforceButton recordName={title} url={url} onOpenUrl={onOpenUrl} />}
      </div>
    </li>
  );
}
