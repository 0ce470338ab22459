import { useId } from 'react';
import type { PicklistChoice } from './picklist-choices';

export interface MultiPicklistGroupProps {
  label: string;
  choices: readonly PicklistChoice[];
  value: readonly string[];
  onChange: (value: readonly string[]) => void;
  required: boolean;
  disabled: boolean;
  hint?: string;
  error?: string;
}

/**
 * A multi-select picklist as a group of checkboxes: a fieldset and legend instead of FormField's single
 * label, with the same required mark, hint and error, tied to the group.
 */
export function MultiPicklistGroup({ label, choices, value, onChange, required, disabled, hint, error }: MultiPicklistGroupProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  const toggle = (choice: string, checked: boolean) => {
    // Kept in the picklist's order, which is the order Salesforce stores and shows them in.
    const next = new Set(value);
    if (checked) next.add(choice);
    else next.delete(choice);
    onChange(choices.map((entry) => entry.value).filter((entry) => next.has(entry)));
  };
  return (
    <fieldset className={error ? 'ui-field ui-field-invalid edit-multi' : 'ui-field edit-multi'} aria-describedby={describedBy} disabled={disabled}>
      <legend className="ui-field-label edit-multi-legend">
        {label}
        {required && (
          <>
            <span className="ui-required" aria-hidden="true">
              {' '}*
            </span>
            <span className="edit-visually-hidden"> (required)</span>
          </>
        )}
      </legend>
      {choices.map((choice) => (
        <label key={choice.value} className="ui-checkbox-row">
          <input type="checkbox" className="edit-checkbox" checked={value.includes(choice.value)} onChange={(event) => toggle(choice.value, event.target.checked)} />
          {choice.label}
        </label>
      ))}
      {hint && (
        <p className="ui-field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="ui-field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
