import { useId, useState, type ReactNode } from 'react';
import type { SfRecord, SObjectDescribe } from '../../salesforce';
import { ViewAllLink } from '../../ui';
import { layoutFieldDescribes } from './describe-fields';
import type { FormatOptions } from './format-options';
import type { OpenUrl } from '../../ui';
import { RelatedItem } from './related-item';
import './related-list.css';

export interface RelatedListProps {
  /** The section's name, e.g. "Open cases"; the count is appended. */
  title: string;
  describe: SObjectDescribe;
  records: readonly SfRecord[];
  /** The layout's field names: the first titles each line, the next ones form its secondary line. */
  fields: readonly string[];
  onOpenUrl: OpenUrl;
  /** The Salesforce URL of a record of this list (lightningRecordUrl). */
  recordUrl: (id: string) => string;
  /** Salesforce holds more than `records`: where it lists them all. */
  moreUrl?: string;
  /** Shown when there are no records; "None" by default. */
  emptyText?: string;
  /** Open unless told otherwise. */
  defaultOpen?: boolean;
  formatOptions?: FormatOptions;
  /** Buttons beside the heading, e.g. "New Case" (kept out of the toggle so each stays its own control). */
  actions?: ReactNode;
  /** Buttons for one record of the list, e.g. its edit pencil. */
  itemActions?: (record: SfRecord) => ReactNode;
}

/** A collapsible section of related records, following the disclosure pattern (a button with aria-expanded). */
export function RelatedList(props: RelatedListProps) {
  const { title, describe, records, fields, onOpenUrl, recordUrl, moreUrl, emptyText = 'None', defaultOpen = true, formatOptions, actions, itemActions } = props;
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  const headingId = useId();
  const layout = layoutFieldDescribes(describe, fields);
  return (
    <section className="records-related" aria-labelledby={headingId}>
      <div className="records-related-header">
        <h2 className="records-related-heading" id={headingId}>
          <button type="button" className="records-related-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((wasOpen) => !wasOpen)}>
            <svg className="records-chevron" aria-hidden="true" focusable="false" width="10" height="10" viewBox="0 0 10 10">
              <path d="M3 1.5 6.5 5 3 8.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
            {title} ({records.length}
            {moreUrl ? '+' : ''})
          </button>
        </h2>
        {actions && <div className="records-related-actions">{actions}</div>}
      </div>
      <div id={bodyId} hidden={!open}>
        {records.length === 0 ? (
          <p className="records-related-empty">{emptyText}</p>
        ) : (
          <ul className="records-related-items">
            {records.map((record, index) => {
              const id = typeof record.Id === 'string' ? record.Id : undefined;
              return (
                <RelatedItem
                  key={id ?? index}
                  describe={describe}
                  record={record}
                  fields={layout}
                  url={id === undefined ? undefined : recordUrl(id)}
                  onOpenUrl={onOpenUrl}
                  formatOptions={formatOptions}
                  actions={itemActions?.(record)}
                />
              );
            })}
          </ul>
        )}
        {moreUrl && <ViewAllLink href={moreUrl} what={describe.labelPlural} onOpenUrl={onOpenUrl} />}
      </div>
    </section>
  );
}
