import { useId } from 'react';
import type { FieldDescribe } from '../../../salesforce';
import type { FormFieldControl } from '../../../ui';

export interface NumberControlProps {
  control: FormFieldControl;
  field: FieldDescribe;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  /** ISO code of the record's currency (its CurrencyIsoCode in a multi-currency org). */
  currencyCode: string;
}

interface Affixes {
  readonly prefix?: string;
  readonly suffix?: string;
}

// The symbol and its side follow the user's locale: "$" before in en-US, "€" after in de-DE.
function currencyAffixes(code: string): Affixes {
  try {
    const parts = new Intl.NumberFormat(undefined, { style: 'currency', currency: code }).formatToParts(1);
    const symbol = parts.find((part) => part.type === 'currency')?.value ?? code;
    const before = parts.findIndex((part) => part.type === 'currency') < parts.findIndex((part) => part.type === 'integer');
    return before ? { prefix: symbol } : { suffix: symbol };
  } catch {
    return { suffix: code };
  }
}

function affixesFor(field: FieldDescribe, currencyCode: string): Affixes {
  if (field.type === 'percent') return { suffix: '%' };
  return field.type === 'currency' ? currencyAffixes(currencyCode) : {};
}

/** Currency, percent and number fields: a text input with a decimal keypad, and the unit beside it. */
export function NumberControl({ control, field, value, onChange, disabled, currencyCode }: NumberControlProps) {
  const unitId = useId();
  const { prefix, suffix } = affixesFor(field, currencyCode);
  const unit = (text: string) => (
    <span id={unitId} className="edit-number-unit">
      {text}
    </span>
  );
  // The unit is announced with the field, as its description, since it isn't part of the typed value.
  const describedBy = [control['aria-describedby'], (prefix ?? suffix) && unitId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="edit-number">
      {prefix && unit(prefix)}
      <input
        {...control}
        aria-describedby={describedBy}
        type="text"
        inputMode={field.type === 'int' || field.scale === 0 ? 'numeric' : 'decimal'}
        className="ui-input edit-number-input"
        value={value}
        autoComplete="off"
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
      {suffix && unit(suffix)}
    </div>
  );
}
