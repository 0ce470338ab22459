import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { describeQueryOptions, useSalesforce, type SObjectDescribe } from '../../salesforce';
import { ActionError, Screen, useFocusFirstInvalid } from '../../ui';
import { isPersonObject } from './create-record';
import { DuplicateNotice } from './duplicate-notice';
import { PERSON_OBJECTS } from './existing-people';
import { createFormFields } from './form-fields';
import { FieldEditor, isRequired } from './inputs';
import type { LayoutFor } from './layout-for';
import { useCreateForm } from './use-create-form';
import './edit.css';

export interface RecordRef {
  sobject: string;
  id: string;
}

export interface CreateRecordScreenProps {
  sobject: string;
  /** Prefilled values by field API name, as Salesforce holds them ({ AccountId }, { WhoId, WhatId }…). */
  defaults?: Readonly<Record<string, unknown>>;
  /** Names of the records prefilled lookups point at ({ AccountId: 'Acme Robotics' }), shown instead of ids. */
  lookupNames?: Readonly<Record<string, string>>;
  layoutFor: LayoutFor;
  onDone: (created: RecordRef) => void;
  onCancel: () => void;
  /** The user chose an existing record over creating a duplicate. */
  onOpenExisting: (existing: RecordRef) => void;
}

const NO_DEFAULTS: Readonly<Record<string, unknown>> = {};

/** Creates a record: required fields first and checked before sending; a person is looked for before it is created. */
export function CreateRecordScreen(props: CreateRecordScreenProps) {
  const { client, orgKey } = useSalesforce();
  const names = [props.sobject, ...(isPersonObject(props.sobject) ? PERSON_OBJECTS.filter((name) => name !== props.sobject) : [])];
  const describes = useQueries({ queries: names.map((name) => describeQueryOptions({ client, orgKey }, name)) });
  const [main, ...others] = describes.map((query) => query.data);
  const failed = describes.find((query) => query.isError);
  const pending = describes.some((query) => query.isPending);

  if (main && !pending) {
    const loaded = [main, ...others].filter((describe): describe is SObjectDescribe => Boolean(describe));
    // Contacts before Leads whichever is being created: an existing Contact is the likelier record to open.
    const personDescribes = PERSON_OBJECTS.flatMap((name) => loaded.filter((describe) => describe.name === name));
    return <CreateForm {...props} describe={main} personDescribes={personDescribes} />;
  }
  return (
    <Screen title="New record" onBack={props.onCancel}>
      {failed ? (
        <ActionError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : pending ? (
        <p className="edit-status" role="status">
          Loading…
        </p>
      ) : (
        <p className="edit-status">You can’t create this kind of record in Salesforce.</p>
      )}
    </Screen>
  );
}

interface CreateFormProps extends CreateRecordScreenProps {
  describe: SObjectDescribe;
  personDescribes: readonly SObjectDescribe[];
}

function CreateForm(props: CreateFormProps) {
  const { describe, personDescribes, defaults = NO_DEFAULTS, lookupNames, layoutFor, onDone, onCancel, onOpenExisting } = props;
  const formId = useId();
  const fields = createFormFields(describe, layoutFor(describe), Object.keys(defaults));
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const onCreated = (id: string) => onDone({ sobject: describe.name, id });
  const form = useCreateForm({ describe, personDescribes, fields, defaults, onCreated, focusFirstInvalid });
  const footer = (
    <>
      <button type="submit" form={formId} className="ui-button ui-button-primary" disabled={form.creating}>
        {form.creating ? 'Creating…' : 'Create'}
      </button>
      <button type="button" className="ui-button" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
  return (
    <Screen title={`New ${describe.label}`} onBack={onCancel} footer={footer}>
      {form.error !== undefined && <ActionError error={form.error} onRetry={form.retry} />}
      {form.duplicates && (
        <DuplicateNotice
          matches={form.duplicates.matches}
          allowSave={form.duplicates.allowSave}
          disabled={form.creating}
          onOpen={(match) => onOpenExisting({ sobject: match.sobject, id: match.id })}
          onCreateAnyway={form.createAnyway}
        />
      )}
      <form
        id={formId}
        ref={formRef}
        className="edit-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.create();
        }}
      >
        {fields.map((field) => (
          <FieldEditor
            key={field.name}
            field={field}
            describe={describe}
            value={form.values[field.name] ?? ''}
            values={form.values}
            onChange={(value) => form.change(field.name, value)}
            required={isRequired(field, 'create')}
            error={form.errors[field.name]}
            disabled={form.creating}
            lookupName={lookupNames?.[field.name]}
          />
        ))}
      </form>
    </Screen>
  );
}
