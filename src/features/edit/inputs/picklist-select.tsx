import type { FormFieldControl } from '../../../ui';
import type { PicklistChoice } from './picklist-choices';

export interface PicklistSelectProps {
  control: FormFieldControl;
  choices: readonly PicklistChoice[];
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  disabled: boolean;
}

/**
 * A picklist: "--None--" clears an optional one; a required one offers no empty choice, but shows a
 * placeholder until something is chosen (so the first value is never picked silently).
 */
export function PicklistSelect({ control, choices, value, onChange, required, disabled }: PicklistSelectProps) {
  return (
    <select {...control} className="ui-input" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
      {!required && <option value="">--None--</option>}
      {required && value === '' && (
        <option value="" disabled>
          Choose a value
        </option>
      )}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
