import { useEffect, useState } from 'react';
import type { FieldDescribe, PicklistEntry, SObjectDescribe } from '../../../salesforce';
import { allowedPicklistValues, controllerOf } from './dependent-picklists';
import type { FormValue, FormValues } from './form-value';

export interface DependentPicklist {
  /** The values to offer now. */
  readonly allowed: PicklistEntry[];
  /** The controlling field is still empty, so there is nothing to choose yet. */
  readonly waiting: boolean;
  /** Why the list is empty, or which value was cleared when the controlling field changed. */
  readonly hint?: string;
  /** onChange for the control: a choice of the user's own replaces the note about what was cleared. */
  readonly onChange: (value: FormValue) => void;
}

const selectedParts = (value: FormValue): string[] =>
  typeof value === 'string' ? (value === '' ? [] : [value]) : typeof value === 'boolean' ? [] : [...value];

function controllerText(controller: FieldDescribe, value: FormValue | undefined): string {
  if (controller.type === 'boolean') return `${controller.label} ${value === true ? 'checked' : 'unchecked'}`;
  const entry = controller.picklistValues.find((candidate) => candidate.value === value);
  return `${controller.label} “${entry?.label ?? String(value)}”`;
}

function clearedNote(dropped: readonly string[], field: FieldDescribe, controllerSays: string): string {
  const labels = dropped.map((value) => `“${field.picklistValues.find((entry) => entry.value === value)?.label ?? value}”`).join(', ');
  return dropped.length === 1
    ? `${labels} isn't available for ${controllerSays}, so it was cleared.`
    : `${labels} aren't available for ${controllerSays}, so they were cleared.`;
}

/**
 * A dependent picklist follows its controlling field: it offers only the values the controller's value allows,
 * and when the controller changes, a chosen value it no longer allows is cleared and the user is told which.
 */
export function useDependentPicklist(
  describe: SObjectDescribe,
  field: FieldDescribe,
  value: FormValue,
  values: FormValues,
  onChange: (value: FormValue) => void,
): DependentPicklist {
  const controller = controllerOf(describe, field);
  const controllerValue = controller ? values[controller.name] : undefined;
  const allowed = allowedPicklistValues(describe, field, values);
  const selected = selectedParts(value);
  const dropped = selected.filter((part) => !allowed.some((entry) => entry.value === part));
  const [seenController, setSeenController] = useState(controllerValue);
  const [note, setNote] = useState<string>();

  // Only a change of the controller clears anything: a record saved with an odd combination opens unchanged.
  if (controller && seenController !== controllerValue) {
    setSeenController(controllerValue);
    setNote(dropped.length > 0 ? clearedNote(dropped, field, controllerText(controller, controllerValue)) : undefined);
  }

  const mustClear = note !== undefined && dropped.length > 0;
  const kept = field.type === 'multipicklist' ? selected.filter((part) => !dropped.includes(part)) : '';
  useEffect(() => {
    if (mustClear) onChange(kept);
  }, [mustClear, kept, onChange]);

  const waiting = controller !== undefined && controller.type !== 'boolean' && (controllerValue === undefined || controllerValue === '');
  return {
    allowed,
    waiting,
    hint: note ?? (waiting && controller ? `Choose ${controller.label} first.` : undefined),
    onChange: (next) => {
      setNote(undefined);
      onChange(next);
    },
  };
}
