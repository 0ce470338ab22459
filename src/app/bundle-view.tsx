import { defaultLayout } from '../features/layouts/default-layouts';
import type { RecordBundle } from '../features/matching';
import { lightningRecordUrl, RecordCard, RelatedList } from '../features/records';
import type { SObjectDescribe } from '../salesforce';

interface BundleViewProps {
  readonly bundle: RecordBundle;
  readonly describes: Readonly<Record<string, SObjectDescribe>>;
  readonly instanceUrl: string;
  readonly onOpenUrl: (url: string) => void;
  readonly badge?: string;
  readonly actions?: React.ReactNode;
}

/** One record's card followed by its related lists (open cases, recent tasks, notes, custom records…). */
export function BundleView({ bundle, describes, instanceUrl, onOpenUrl, badge, actions }: BundleViewProps) {
  const describe = describes[bundle.sobject];
  if (!describe) return null;
  const id = String(bundle.record.Id);
  return (
    <>
      <RecordCard
        describe={describe}
        record={bundle.record}
        fields={defaultLayout(describe)}
        onOpenUrl={onOpenUrl}
        salesforceUrl={lightningRecordUrl(instanceUrl, bundle.sobject, id)}
        badge={badge}
        actions={actions}
      />
      {bundle.related.map((related) => {
        const childDescribe = describes[related.sobject];
        if (!childDescribe) return null;
        return (
          <RelatedList
            key={related.relationshipName}
            title={related.label}
            describe={childDescribe}
            records={related.records}
            fields={defaultLayout(childDescribe)}
            onOpenUrl={onOpenUrl}
            recordUrl={(childId) => lightningRecordUrl(instanceUrl, related.sobject, childId)}
          />
        );
      })}
    </>
  );
}
