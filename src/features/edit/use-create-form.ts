import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSalesforce, type FieldDescribe, type SObjectDescribe } from '../../salesforce';
import { createRecord, type CreateOutcome } from './create-record';
import { checkFields, describeDefaults, filledValues, formValuesOf, withoutError, type FieldErrors } from './form-values';
import type { FormValue, FormValues } from './inputs';
import { fieldErrorsOf } from './save-errors';

export interface CreateFormInput {
  readonly describe: SObjectDescribe;
  /** Contact's and Lead's describes, to look for the same person before creating one. */
  readonly personDescribes: readonly SObjectDescribe[];
  readonly fields: readonly FieldDescribe[];
  /** Prefilled values; they win over the org's own defaults (describeDefaults). */
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly onCreated: (id: string) => void;
  /** Called once the form shows which fields need fixing. */
  readonly focusFirstInvalid: () => void;
}

type Duplicates = Extract<CreateOutcome, { kind: 'duplicates' }>;

/** The create form's values, its checks before sending, and what came back: the new id, duplicates or an error. */
export function useCreateForm({ describe, personDescribes, fields, defaults, onCreated, focusFirstInvalid }: CreateFormInput) {
  const { client } = useSalesforce();
  const [values, setValues] = useState<FormValues>(() => formValuesOf(fields, { ...describeDefaults(fields), ...defaults }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [duplicates, setDuplicates] = useState<Duplicates>();

  const mutation = useMutation({
    mutationFn: (request: { values: Record<string, unknown>; allowDuplicates: boolean }) =>
      createRecord(client, { sobject: describe.name, ...request }, describe, personDescribes),
    onSuccess: (outcome) => (outcome.kind === 'created' ? onCreated(outcome.id) : setDuplicates(outcome)),
    onError: (error) => {
      const onFields = fieldErrorsOf(error, fields);
      setErrors(onFields);
      if (Object.keys(onFields).length > 0) focusFirstInvalid();
    },
  });

  const submit = (allowDuplicates: boolean) => {
    const found = checkFields(fields, values, 'create');
    setErrors(found);
    setDuplicates(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    mutation.mutate({ values: filledValues(fields, values), allowDuplicates });
  };

  const failedOnFields = Object.keys(errors).length > 0;
  return {
    values,
    errors,
    duplicates,
    creating: mutation.isPending,
    /** A failure no field explains, shown above the form. */
    error: mutation.isError && !failedOnFields ? mutation.error : undefined,
    change: (field: string, value: FormValue) => {
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => withoutError(current, field));
      // What was checked for duplicates may be what just changed: check again on the next try.
      setDuplicates(undefined);
    },
    create: () => submit(false),
    createAnyway: () => submit(true),
    retry: () => submit(mutation.variables?.allowDuplicates ?? false),
  };
}
