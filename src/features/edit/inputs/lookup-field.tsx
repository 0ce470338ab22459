import { useState } from 'react';
import { fieldLabel, type FieldDescribe } from '../../../salesforce';
import { LookupInput, type FormFieldControl, type LookupOption } from '../../../ui';
import { lookupTargets, objectLabel, targetOfId } from './lookup-targets';
import { useLookupSearch } from './use-lookup-search';

export interface LookupFieldProps {
  control: FormFieldControl;
  field: FieldDescribe;
  /** The chosen record's id; '' when empty. */
  value: string;
  onChange: (id: string) => void;
  /** The current record's name, shown until the user picks another. */
  lookupName?: string;
  disabled: boolean;
}

function plural(label: string): string {
  return /[^aeiou]y$/i.test(label) ? `${label.slice(0, -1)}ies` : `${label}s`;
}

/** A lookup field: search-as-you-type on the referenced object, after choosing which object for a polymorphic one. */
export function LookupField({ control, field, value, onChange, lookupName, disabled }: LookupFieldProps) {
  const targets = lookupTargets(field);
  const [target, setTarget] = useState(() => targetOfId(value, targets) ?? targets[0] ?? '');
  const [picked, setPicked] = useState<LookupOption>();
  const search = useLookupSearch(target);
  const name = picked?.id === value ? picked.name : lookupName;
  const selected = value ? { id: value, name: name ?? value } : undefined;

  const choose = (option: LookupOption | undefined) => {
    setPicked(option);
    onChange(option?.id ?? '');
  };

  return (
    <div className="edit-lookup">
      {targets.length > 1 && (
        <select
          className="ui-input edit-lookup-type"
          aria-label={`${fieldLabel(field)}: type of record`}
          value={target}
          disabled={disabled}
          onChange={(event) => {
            setTarget(event.target.value);
            // A record of the previous type can't stay chosen under the new one.
            if (value) choose(undefined);
          }}
        >
          {targets.map((sobject) => (
            <option key={sobject} value={sobject}>
              {objectLabel(sobject)}
            </option>
          ))}
        </select>
      )}
      <LookupInput
        control={control}
        selected={selected}
        onSelect={choose}
        search={search}
        placeholder={`Search ${plural(objectLabel(target))}…`}
        disabled={disabled}
      />
    </div>
  );
}
