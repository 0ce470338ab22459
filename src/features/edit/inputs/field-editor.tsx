import { fieldLabel, type FieldDescribe, type SObjectDescribe } from '../../../salesforce';
import { FormField, type FormFieldControl } from '../../../ui';
import { inputKind, type InputKind } from './field-kind';
import type { FormValue, FormValues } from './form-value';
import './inputs.css';
import { LookupField } from './lookup-field';
import { MultiPicklistGroup } from './multi-picklist-group';
import { NumberControl } from './number-control';
import { picklistChoices } from './picklist-choices';
import { PicklistSelect } from './picklist-select';
import { sanitizeHtml } from './rich-text-html';
import { RichTextEditor } from './rich-text-editor';
import { CheckboxControl, TextareaControl, TextControl } from './text-controls';
import { useDependentPicklist } from './use-dependent-picklist';

export interface FieldEditorProps {
  field: FieldDescribe;
  /** Every field of the object, for dependent picklists (controllerName). */
  describe: SObjectDescribe;
  value: FormValue;
  /** All current form values: a dependent picklist reads its controlling field's value here. */
  values: FormValues;
  onChange: (value: FormValue) => void;
  required: boolean;
  error?: string;
  disabled?: boolean;
  /** For a lookup being edited: the referenced record's current name, shown until the user searches. */
  lookupName?: string;
  /** ISO code of the record's currency, for currency fields' symbol; USD when absent (single-currency orgs). */
  currencyCode?: string;
}

const asText = (value: FormValue) => (typeof value === 'string' ? value : '');
const asList = (value: FormValue): readonly string[] => (typeof value === 'string' || typeof value === 'boolean' ? [] : value);
const joinHints = (...hints: (string | undefined | null | false)[]) => hints.filter(Boolean).join(' ') || undefined;

function localZoneHint(): string {
  return `In your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}).`;
}

function kindHint(kind: InputKind, value: FormValue): string | undefined {
  if (kind === 'datetime') return localZoneHint();
  if (kind === 'richtext' && sanitizeHtml(asText(value)).losesMedia) {
    return 'This text holds images or other content the sidebar can’t show, so edit it in Salesforce.';
  }
  if (kind === 'unsupported') return 'This field can only be edited in Salesforce.';
  return undefined;
}

/** The labelled control for one field, chosen by its describe type, labelled as the card labels it, red * when required. */
export function FieldEditor({ field, describe, value, values, onChange, required, error, disabled = false, lookupName, currencyCode = 'USD' }: FieldEditorProps) {
  const kind = inputKind(field);
  const dependent = useDependentPicklist(describe, field, value, values, onChange);
  const hint = joinHints(dependent.hint, kindHint(kind, value), field.inlineHelpText);
  const label = fieldLabel(field);

  if (kind === 'multipicklist') {
    return (
      <MultiPicklistGroup
        label={label}
        choices={picklistChoices(field, dependent.allowed, asList(value))}
        value={asList(value)}
        onChange={dependent.onChange}
        required={required}
        disabled={disabled || dependent.waiting}
        hint={hint}
        error={error}
      />
    );
  }

  const control = (props: FormFieldControl) => {
    const common = { control: props, field, disabled };
    switch (kind) {
      case 'boolean':
        return <CheckboxControl control={props} value={value === true} onChange={onChange} disabled={disabled} />;
      case 'picklist':
        return (
          <PicklistSelect
            control={props}
            choices={picklistChoices(field, dependent.allowed, [asText(value)])}
            value={asText(value)}
            onChange={dependent.onChange}
            required={required}
            disabled={disabled || dependent.waiting}
          />
        );
      case 'number':
        return <NumberControl {...common} value={asText(value)} onChange={onChange} currencyCode={currencyCode} />;
      case 'textarea':
        return <TextareaControl {...common} value={asText(value)} onChange={onChange} />;
      case 'richtext':
        return <RichTextEditor control={props} label={label} value={asText(value)} onChange={onChange} disabled={disabled} />;
      case 'reference':
        return <LookupField {...common} value={asText(value)} onChange={onChange} lookupName={lookupName} />;
      case 'unsupported':
        return <input {...props} className="ui-input" value={asText(value)} readOnly />;
      default:
        return <TextControl {...common} kind={kind} value={asText(value)} onChange={onChange} />;
    }
  };

  return (
    <FormField label={label} required={required} error={error} hint={hint}>
      {control}
    </FormField>
  );
}
