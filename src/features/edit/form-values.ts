import { lookupNamePath, type FieldDescribe, type SfRecord } from '../../salesforce';
import { checkValue, isRequired, toFormValue, toSalesforceValue, type FormMode, type FormValue, type FormValues } from './inputs';

/** Equal as far as Salesforce is concerned: a multi-select's order doesn't matter. */
export function sameFormValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  const text = (value: FormValue | undefined) => (typeof value === 'object' ? [...value].sort().join(';') : (value ?? ''));
  return text(a) === text(b);
}

/** What the form holds for these fields of a record (or of prefilled values). */
export function formValuesOf(fields: readonly FieldDescribe[], source: Readonly<Record<string, unknown>>): FormValues {
  return Object.fromEntries(fields.map((field) => [field.name, toFormValue(field, source[field.name])]));
}

/**
 * What Salesforce would put in the fields a create leaves out, where describe tells: the default picklist values
 * and a checkbox's default. A new form shows them, so the agent sees (and can change) what the record will hold.
 */
export function describeDefaults(fields: readonly FieldDescribe[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.flatMap((field): [string, unknown][] => {
      if (field.type === 'boolean') return typeof field.defaultValue === 'boolean' ? [[field.name, field.defaultValue]] : [];
      if (field.type !== 'picklist' && field.type !== 'multipicklist') return [];
      const chosen = field.picklistValues.filter((entry) => entry.active && entry.defaultValue).map((entry) => entry.value);
      return chosen.length > 0 ? [[field.name, field.type === 'picklist' ? chosen[0] : chosen.join(';')]] : [];
    }),
  );
}

/** The fields whose value differs from `baseline`, as the values to send. */
export function changedValues(fields: readonly FieldDescribe[], values: FormValues, baseline: FormValues): Record<string, unknown> {
  const changed = fields.filter((field) => !sameFormValue(values[field.name], baseline[field.name]));
  return Object.fromEntries(changed.map((field) => [field.name, toSalesforceValue(field, values[field.name] ?? '')]));
}

/** Every field's value as Salesforce takes it, empty ones left out (a create sends only what is filled in). */
export function filledValues(fields: readonly FieldDescribe[], values: FormValues): Record<string, unknown> {
  const entries = fields.map((field) => [field.name, toSalesforceValue(field, values[field.name] ?? '')] as const);
  return Object.fromEntries(entries.filter(([, value]) => value !== null));
}

export type FieldErrors = Readonly<Record<string, string>>;

/** The errors once the user has touched `field`: its message goes, the others stay until the next check. */
export function withoutError(errors: FieldErrors, field: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([name]) => name !== field));
}

/** The client-side check of every field; only the fields that need fixing appear. */
export function checkFields(fields: readonly FieldDescribe[], values: FormValues, mode: FormMode): FieldErrors {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const message = checkValue(field, values[field.name] ?? '', isRequired(field, mode));
    if (message) errors[field.name] = message;
  }
  return errors;
}

/** The name a lookup shows (Account.Name for AccountId), read from the record the form was loaded from. */
export function lookupNameOf(record: SfRecord, field: FieldDescribe): string | undefined {
  const [relationship, nameField] = lookupNamePath(field)?.split('.') ?? [];
  const parent = relationship ? record[relationship] : undefined;
  if (!nameField || typeof parent !== 'object' || parent === null) return undefined;
  const name = (parent as Record<string, unknown>)[nameField];
  return typeof name === 'string' ? name : undefined;
}
