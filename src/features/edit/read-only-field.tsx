import { useId } from 'react';
import './edit.css';

/** A field the user can't change here, shown as text where its input would be. */
export function ReadOnlyField({ label, text }: { label: string; text: string }) {
  const labelId = useId();
  return (
    <div className="ui-field edit-read-only" role="group" aria-labelledby={labelId}>
      <span className="ui-field-label" id={labelId}>
        {label}
      </span>
      <span className="edit-read-only-value">{text}</span>
    </div>
  );
}
