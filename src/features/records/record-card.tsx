import { useId, type ReactNode } from 'react';
import type { SfRecord, SObjectDescribe } from '../../salesforce';
import { layoutFieldDescribes } from './describe-fields';
import type { FormatOptions } from './format-options';
import type { OpenUrl } from '../../ui';
import { OpenInSalesforceButton } from './open-in-salesforce-button';
import { RecordFields } from './record-fields';
import { recordTitle } from './record-name';
import './records.css';

export interface RecordCardProps {
  describe: SObjectDescribe;
  record: SfRecord;
  /** The layout's field names, in order. */
  fields: readonly string[];
  /** The host's openUrl: every link and button of the card opens through it. */
  onOpenUrl: OpenUrl;
  /** Where "Open in Salesforce" goes (lightningRecordUrl). */
  salesforceUrl: string;
  /** Caption over the name; the object's label when absent ("Lead" for a person found as a Lead). */
  badge?: string;
  /** Buttons for the header, before "Open in Salesforce". */
  actions?: ReactNode;
  formatOptions?: FormatOptions;
}

/** One record: its name as heading, the layout's non-empty fields, and a way to open it in Salesforce. */
export function RecordCard({ describe, record, fields, onOpenUrl, salesforceUrl, badge, actions, formatOptions }: RecordCardProps) {
  const headingId = useId();
  const title = recordTitle(describe, record, fields);
  const inTitle = new Set(title.fields.map((field) => field.toLowerCase()));
  const listed = layoutFieldDescribes(describe, fields).filter((field) => !inTitle.has(field.name.toLowerCase()));
  return (
    <article className="records-card" aria-labelledby={headingId}>
      <header className="records-card-header">
        <div className="records-card-titles">
          <p className="records-card-caption">{badge ?? describe.label}</p>
          <h2 className="records-card-title" id={headingId}>
            {title.text}
          </h2>
        </div>
        <div className="records-card-actions">
          {actions}
          <OpenInSalesforceButton recordName={title.text} url={salesforceUrl} onOpenUrl={onOpenUrl} />
        </div>
      </header>
      <RecordFields record={record} fields={listed} onOpenUrl={onOpenUrl} formatOptions={formatOptions} />
    </article>
  );
}
