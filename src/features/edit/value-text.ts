import DOMPurify from 'dompurify';
import type { FieldDescribe, SfRecord } from '../../salesforce';
import { lookupNameOf } from './form-values';
import type { FormValue } from './inputs';

const EMPTY = '—';

// A calendar date has no time zone: read it as UTC and show it as UTC, or it may move a day.
function dateText(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

function dateTimeText(value: string): string {
  const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

// Rich text is untrusted HTML: sanitised, then only its text is shown.
function htmlText(value: string): string {
  const fragment = DOMPurify.sanitize(value, { RETURN_DOM_FRAGMENT: true });
  return fragment.textContent?.trim() ?? '';
}

function picklistText(field: FieldDescribe, value: string): string {
  return value
    .split(';')
    .map((item) => field.picklistValues.find((entry) => entry.value === item)?.label ?? item)
    .join(', ');
}

function stringText(field: FieldDescribe, record: SfRecord, value: string): string {
  if (field.htmlFormatted || field.extraTypeInfo === 'richtextarea') return htmlText(value);
  switch (field.type) {
    case 'date':
      return dateText(value);
    case 'datetime':
      return dateTimeText(value);
    case 'picklist':
    case 'multipicklist':
      return picklistText(field, value);
    case 'reference':
      return lookupNameOf(record, field) ?? value;
    default:
      return value;
  }
}

/** A field the user can't change, as plain text: what Salesforce holds, formatted for a person. */
export function readOnlyText(field: FieldDescribe, record: SfRecord): string {
  const value = record[field.name];
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value !== 'string' || value.trim() === '') return EMPTY;
  return stringText(field, record, value) || EMPTY;
}

/** A form value as a person reads it, for comparing "theirs" and "yours". */
export function formValueText(field: FieldDescribe, value: FormValue | undefined): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = typeof value === 'string' || value === undefined ? (value ?? '') : value.join(';');
  if (text.trim() === '') return '(empty)';
  if (field.htmlFormatted || field.extraTypeInfo === 'richtextarea') return htmlText(text) || '(empty)';
  return field.type === 'picklist' || field.type === 'multipicklist' ? picklistText(field, text) : text;
}
