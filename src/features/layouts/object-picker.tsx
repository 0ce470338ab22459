import { FormField } from '../../ui';
import type { SettingsObjectGroup } from './settings-objects';

export interface ObjectPickerProps {
  readonly groups: readonly SettingsObjectGroup[];
  readonly value: string;
  readonly onChange: (sobject: string) => void;
}

/** One object at a time: each parent with its custom objects under it, then the related records. */
export function ObjectPicker({ groups, value, onChange }: ObjectPickerProps) {
  return (
    <FormField label="Object">
      {(control) => (
        <select {...control} className="ui-input" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.objects.map((object) => (
                <option key={object.name} value={object.name}>
                  {object.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FormField>
  );
}
