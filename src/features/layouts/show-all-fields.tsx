import { useId } from 'react';

interface ShowAllFieldsProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** System fields the list leaves out while unchecked. */
  readonly systemCount: number;
}

/** The switch that lists system fields too (ids, audit and Data.com fields), for the rare card that needs one. */
export function ShowAllFields({ checked, onChange, systemCount }: ShowAllFieldsProps) {
  const hintId = useId();
  const hint = checked ? 'Includes ids, audit and Data.com fields.' : `${systemCount} system fields (ids, audit and Data.com fields) are left out.`;
  return (
    <div className="layouts-show-all">
      <label className="ui-checkbox-row">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-describedby={systemCount > 0 || checked ? hintId : undefined}
        />
        Show all fields
      </label>
      {(systemCount > 0 || checked) && (
        <p className="layouts-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
