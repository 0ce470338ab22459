import { fieldLabel } from '../../salesforce';
import { FieldEditor, isRequired, type FormValue } from './inputs';
import type { RecordDraft } from './edit-drafts';
import { lookupNameOf } from './form-values';
import { ReadOnlyField } from './read-only-field';
import { readOnlyText } from './value-text';

interface RecordFieldsProps {
  draft: RecordDraft;
  disabled: boolean;
  onChange: (field: string, value: FormValue) => void;
}

/** One record's layout fields, in layout order: inputs where Salesforce allows an edit, text elsewhere. */
export function RecordFields({ draft, disabled, onChange }: RecordFieldsProps) {
  const editable = new Set(draft.editable.map((field) => field.name));
  // Multi-currency orgs say which currency the record's amounts are in.
  const currencyCode = typeof draft.source.CurrencyIsoCode === 'string' ? draft.source.CurrencyIsoCode : undefined;
  return draft.layoutFields.map((field) =>
    editable.has(field.name) ? (
      <FieldEditor
        key={field.name}
        field={field}
        describe={draft.describe}
        value={draft.values[field.name] ?? ''}
        values={draft.values}
        onChange={(value) => onChange(field.name, value)}
        required={isRequired(field, 'update')}
        error={draft.errors[field.name]}
        disabled={disabled}
        lookupName={lookupNameOf(draft.source, field)}
        currencyCode={currencyCode}
      />
    ) : (
      <ReadOnlyField key={field.name} label={fieldLabel(field)} text={readOnlyText(field, draft.source)} />
    ),
  );
}
