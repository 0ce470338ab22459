import type { FieldDescribe, PicklistEntry } from '../../../salesforce';

export interface PicklistChoice {
  readonly value: string;
  readonly label: string;
}

/**
 * What a picklist offers: the allowed values, plus any value the record already holds that is no longer
 * offered (retired, or not valid for the controlling value), labelled so, so opening the form changes nothing.
 */
export function picklistChoices(field: FieldDescribe, allowed: readonly PicklistEntry[], current: readonly string[]): PicklistChoice[] {
  const choices = allowed.map((entry) => ({ value: entry.value, label: entry.label ?? entry.value }));
  for (const value of current) {
    if (value === '' || choices.some((choice) => choice.value === value)) continue;
    const entry = field.picklistValues.find((candidate) => candidate.value === value);
    const label = entry?.label ?? value;
    choices.push({ value, label: !entry ? label : entry.active ? `${label} (not available)` : `${label} (inactive)` });
  }
  return choices;
}
