import { useId, type ReactNode } from 'react';
import './ui.css';

/** What the field's control needs to be labelled and described for assistive technology. */
export interface FormFieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
  'aria-required': boolean;
}

export interface FormFieldProps {
  label: string;
  /** Marked with a red * (and aria-required on the control). */
  required?: boolean;
  /** Shown under the control and announced with it. */
  error?: string;
  hint?: string;
  /** Renders the control with the given ids spread onto it. */
  children: (control: FormFieldControl) => ReactNode;
}

/** A labelled form control with its required mark, hint and error: the one way forms lay out a field. */
export function FormField({ label, required = false, error, hint, children }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'ui-field ui-field-invalid' : 'ui-field'}>
      <label className="ui-field-label" htmlFor={id}>
        {label}
        {required && (
          <span className="ui-required" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error), 'aria-required': required })}
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
    </div>
  );
}
