import { EditButton } from '../features/edit';
import type { LayoutFor, RecordBundle, RelatedSet } from '../features/matching';
import { NotesBlock } from '../features/notes';
import { lightningRecordUrl, recordName, RecordCard, RelatedList } from '../features/records';
import type { SfRecord, SObjectDescribe } from '../salesforce';
import { newRelatedRecord } from './new-related-record';
import { RecordActions } from './record-actions';
import { viewAllUrl } from './view-all-url';
import { useScreens } from './screens/screens-context';

interface BundleViewProps {
  readonly bundle: RecordBundle;
  readonly describes: Readonly<Record<string, SObjectDescribe>>;
  readonly layoutFor: LayoutFor;
  readonly instanceUrl: string;
  readonly onOpenUrl: (url: string) => void;
  /** A write changed what the panel shows: refetch it. */
  readonly onChanged: () => void;
  readonly badge?: string;
  readonly actions?: React.ReactNode;
}

/** One record's card followed by its related lists (open cases, recent tasks, notes, custom records…). */
export function BundleView({ bundle, describes, layoutFor, instanceUrl, onOpenUrl, onChanged, badge, actions }: BundleViewProps) {
  const describe = describes[bundle.sobject];
  if (!describe) return null;
  const id = String(bundle.record.Id);
  const layout = layoutFor(describe);
  return (
    <>
      <RecordCard
        describe={describe}
        record={bundle.record}
        fields={layout}
        onOpenUrl={onOpenUrl}
        salesforceUrl={lightningRecordUrl(instanceUrl, bundle.sobject, id)}
        badge={badge}
        actions={
          <>
            {actions}
            <RecordActions bundle={bundle} describe={describe} layout={layout} />
          </>
        }
      />
      {bundle.related.map((related) => {
        const childDescribe = describes[related.sobject];
        if (!childDescribe) return null;
        const parent = { sobject: bundle.sobject, id, name: recordName(describe, bundle.record, layout), record: bundle.record };
        if (related.sobject === 'Note' && (bundle.sobject === 'Contact' || bundle.sobject === 'Lead')) {
          return (
            <NotesBlock
              key={related.relationshipName}
              parent={{ ...parent, sobject: bundle.sobject }}
              notes={related.records}
              moreUrl={viewAllUrl(related, parent, instanceUrl)}
              noteDescribe={childDescribe}
              onChanged={onChanged}
              onOpenUrl={onOpenUrl}
            />
          );
        }
        return (
          <RelatedRecords
            key={related.relationshipName}
            related={related}
            parentDescribe={describe}
            parent={parent}
            childDescribe={childDescribe}
            fields={layoutFor(childDescribe)}
            instanceUrl={instanceUrl}
            onOpenUrl={onOpenUrl}
          />
        );
      })}
    </>
  );
}

interface RelatedRecordsProps {
  readonly related: RelatedSet;
  readonly parentDescribe: SObjectDescribe;
  readonly parent: { sobject: string; id: string; name: string; record: SfRecord };
  readonly childDescribe: SObjectDescribe;
  readonly fields: readonly string[];
  readonly instanceUrl: string;
  readonly onOpenUrl: (url: string) => void;
}

/** A related list with "New" (prefilled with its parent) and a pencil on each record. */
function RelatedRecords({ related, parentDescribe, parent, childDescribe, fields, instanceUrl, onOpenUrl }: RelatedRecordsProps) {
  const { open } = useScreens();
  const create = newRelatedRecord(parentDescribe, parent, related);
  return (
    <RelatedList
      title={related.label}
      describe={childDescribe}
      records={related.records}
      fields={fields}
      onOpenUrl={onOpenUrl}
      recordUrl={(childId) => lightningRecordUrl(instanceUrl, related.sobject, childId)}
      moreUrl={viewAllUrl(related, parent, instanceUrl)}
      actions={
        create &&
        childDescribe.createable && (
          <button
            type="button"
            className="app-button app-button-small"
            aria-label={`New ${childDescribe.label} for ${parent.name}`}
            onClick={() => open({ kind: 'create', sobject: related.sobject, ...create })}
          >
            New
          </button>
        )
      }
      itemActions={(record) =>
        childDescribe.updateable && (
          <EditButton
            recordName={recordName(childDescribe, record, fields)}
            onClick={() => open({ kind: 'edit', sobject: related.sobject, recordId: String(record.Id) })}
          />
        )
      }
    />
  );
}
