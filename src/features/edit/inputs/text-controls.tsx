import { useId } from 'react';
import type { FieldDescribe } from '../../../salesforce';
import type { FormFieldControl } from '../../../ui';
import type { InputKind } from './field-kind';

export interface TextControlProps {
  control: FormFieldControl;
  field: FieldDescribe;
  kind: InputKind;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
}

const INPUT_TYPES: Partial<Record<InputKind, string>> = {
  text: 'text',
  combobox: 'text',
  email: 'email',
  phone: 'tel',
  url: 'url',
  date: 'date',
  time: 'time',
  datetime: 'datetime-local',
};

const HAS_SECONDS = /T?\d{2}:\d{2}:\d{2}/;

/** Text, email, phone, web address, date and time fields: one native input of the matching type. */
export function TextControl({ control, field, kind, value, onChange, disabled }: TextControlProps) {
  const suggestionsId = useId();
  // A combobox (a Task's Subject) takes any text, and suggests its picklist values.
  const suggestions = kind === 'combobox' ? field.picklistValues.filter((entry) => entry.active) : [];
  const timed = kind === 'time' || kind === 'datetime';
  return (
    <>
      <input
        {...control}
        type={INPUT_TYPES[kind] ?? 'text'}
        className="ui-input"
        value={value}
        maxLength={!timed && kind !== 'date' && field.length > 0 ? field.length : undefined}
        // A stored time with seconds must stay valid in the input, which otherwise steps by the minute.
        step={timed && HAS_SECONDS.test(value) ? 1 : undefined}
        list={suggestions.length > 0 ? suggestionsId : undefined}
        // The browser's autofill would offer the agent's own details for a customer's record.
        autoComplete="off"
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
      {suggestions.length > 0 && (
        <datalist id={suggestionsId}>
          {suggestions.map((entry) => (
            <option key={entry.value} value={entry.value}>
              {entry.label ?? entry.value}
            </option>
          ))}
        </datalist>
      )}
    </>
  );
}

export function TextareaControl({ control, field, value, onChange, disabled }: Omit<TextControlProps, 'kind'>) {
  return (
    <textarea
      {...control}
      className="ui-input"
      rows={3}
      value={value}
      maxLength={field.length > 0 ? field.length : undefined}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

export function CheckboxControl({ control, value, onChange, disabled }: { control: FormFieldControl; value: boolean; onChange: (value: boolean) => void; disabled: boolean }) {
  return (
    <input
      {...control}
      type="checkbox"
      className="edit-checkbox"
      checked={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
