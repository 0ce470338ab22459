import { useEffect, useState } from 'react';
import type { FieldDescribe, SObjectDescribe } from '../../../../salesforce';
import { checkValue } from '../check-value';
import { FieldEditor } from '../field-editor';
import type { FormValue, FormValues } from '../form-value';

export interface EditorFormProps {
  describe: SObjectDescribe;
  fields: readonly FieldDescribe[];
  initial?: FormValues;
  /** Fields shown as required. */
  required?: readonly string[];
  /** Check each field as the user types, the way a screen checks before saving. */
  validate?: boolean;
  lookupNames?: Readonly<Record<string, string>>;
  currencyCode?: string;
  /** Receives the form's values after every change. */
  onValues?: (values: FormValues) => void;
}

/** A minimal form around FieldEditors, holding their values the way the edit and create screens do. */
export function EditorForm({ describe, fields, initial = {}, required = [], validate = false, lookupNames = {}, currencyCode, onValues }: EditorFormProps) {
  const [values, setValues] = useState<FormValues>(initial);
  useEffect(() => onValues?.(values), [values, onValues]);
  const change = (name: string, value: FormValue) => setValues((current) => ({ ...current, [name]: value }));
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      {fields.map((field) => {
        const value = values[field.name] ?? (field.type === 'boolean' ? false : field.type === 'multipicklist' ? [] : '');
        const isRequired = required.includes(field.name);
        return (
          <FieldEditor
            key={field.name}
            field={field}
            describe={describe}
            value={value}
            values={values}
            onChange={(next) => change(field.name, next)}
            required={isRequired}
            error={validate ? checkValue(field, value, isRequired) : undefined}
            lookupName={lookupNames[field.name]}
            currencyCode={currencyCode}
          />
        );
      })}
    </form>
  );
}

/** The form's latest values, as the tests read them after the user's actions. */
export function valuesRecorder(initial: FormValues = {}) {
  let latest = initial;
  return {
    onValues: (values: FormValues) => {
      latest = values;
    },
    get values() {
      return latest;
    },
  };
}
