import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useSalesforce } from '../../salesforce';
import { ActionError, Screen, useFocusFirstInvalid } from '../../ui';
import type { RecordDraft } from './edit-drafts';
import { editRecordQueryOptions, type EditableRecords } from './edit-record-query';
import type { LayoutFor } from './layout-for';
import { RecordSection } from './record-section';
import { useEditForm } from './use-edit-form';
import './edit.css';

export interface EditRecordScreenProps {
  sobject: string;
  recordId: string;
  layoutFor: LayoutFor;
  /** Every changed record is saved. */
  onDone: () => void;
  onCancel: () => void;
}

/** Edits a record and the custom-object records linked to it, loaded fresh in one API call. */
export function EditRecordScreen({ sobject, recordId, layoutFor, onDone, onCancel }: EditRecordScreenProps) {
  const { client, orgKey } = useSalesforce();
  const loaded = useQuery(editRecordQueryOptions({ client, orgKey, sobject, recordId, layoutFor }));
  if (loaded.isSuccess) return <EditForm records={loaded.data} onDone={onDone} onCancel={onCancel} />;
  return (
    <Screen title="Edit record" onBack={onCancel}>
      {loaded.isError ? (
        <ActionError error={loaded.error} onRetry={() => void loaded.refetch()} />
      ) : (
        <p className="edit-status" role="status">
          Loading…
        </p>
      )}
    </Screen>
  );
}

/** Linked records grouped under their object's plural label, in the order they were loaded. */
function linkedGroups(drafts: readonly RecordDraft[]): [label: string, drafts: RecordDraft[]][] {
  const groups = new Map<string, RecordDraft[]>();
  for (const draft of drafts) groups.set(draft.describe.labelPlural, [...(groups.get(draft.describe.labelPlural) ?? []), draft]);
  return [...groups];
}

function LinkedGroup({ label, children }: { label: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="edit-linked" aria-labelledby={headingId}>
      <h3 className="edit-linked-title" id={headingId}>
        {label}
      </h3>
      {children}
    </section>
  );
}

function EditForm({ records, onDone, onCancel }: { records: EditableRecords; onDone: () => void; onCancel: () => void }) {
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const form = useEditForm(records, onDone, focusFirstInvalid);
  const formId = useId();
  const [main, ...linked] = form.state.drafts;
  if (!main) return null;
  const section = (draft: RecordDraft) => (
    <RecordSection
      key={draft.id}
      draft={draft}
      conflict={form.state.conflicts.find((conflict) => conflict.recordId === draft.id)}
      saving={form.saving}
      onChange={(field, value) => form.change(draft.id, field, value)}
      onResolve={(resolution, fieldName) => form.resolve(draft.id, resolution, fieldName)}
      onRetry={form.save}
      onSaveAnyway={() => form.saveAnyway(draft.id)}
    />
  );
  const footer = (
    <>
      <button type="submit" form={formId} className="ui-button ui-button-primary" disabled={form.saving}>
        {form.saving ? 'Saving…' : 'Save'}
      </button>
      <button type="button" className="ui-button" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
  return (
    <Screen title={`Edit ${main.describe.label}`} onBack={onCancel} footer={footer}>
      {form.state.error !== undefined && <ActionError error={form.state.error} onRetry={form.save} />}
      {form.saveError && <ActionError error={form.saveError} />}
      <form
        id={formId}
        ref={formRef}
        className="edit-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.save();
        }}
      >
        {section(main)}
        {linkedGroups(linked).map(([label, drafts]) => (
          <LinkedGroup key={label} label={label}>
            {drafts.map(section)}
          </LinkedGroup>
        ))}
      </form>
    </Screen>
  );
}
