import type { FieldDescribe } from '../../../salesforce';
import { calendarDate, inputToTime, instantToLocalInput, localInputToInstant, timeToInput } from './date-time-values';
import { inputKind } from './field-kind';
import { numberText, parseTypedNumber } from './number-text';
import { isBlankHtml, sanitizeHtml } from './rich-text-html';

/**
 * What a form holds for one field. Text-like and number/date inputs hold strings; checkbox a boolean;
 * multi-select picklist string[]; lookup the record id string ('' = empty).
 */
export type FormValue = string | boolean | readonly string[];
export type FormValues = Readonly<Record<string, FormValue>>;

export interface ValueOptions {
  /** IANA zone date-times are shown and typed in; the browser's when absent. */
  readonly timeZone?: string;
}

function wireText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function formText(value: FormValue): string {
  if (typeof value === 'string') return value;
  return typeof value === 'boolean' ? String(value) : value.join(';');
}

function multiSelection(value: FormValue): string[] {
  const parts = typeof value === 'string' ? value.split(';') : typeof value === 'boolean' ? [] : [...value];
  return parts.filter((part) => part !== '');
}

/** A field's value as Salesforce sent it, turned into what its input holds. */
export function toFormValue(field: FieldDescribe, salesforceValue: unknown, options: ValueOptions = {}): FormValue {
  const kind = inputKind(field);
  if (kind === 'boolean') return salesforceValue === true;
  if (kind === 'multipicklist') return multiSelection(wireText(salesforceValue));
  if (salesforceValue === null || salesforceValue === undefined) return '';
  const text = wireText(salesforceValue);
  switch (kind) {
    case 'number':
      return typeof salesforceValue === 'number' ? numberText(salesforceValue) : text;
    case 'datetime':
      return instantToLocalInput(text, options.timeZone);
    case 'time':
      return timeToInput(text);
    case 'date':
      return calendarDate(text) ?? '';
    default:
      // Rich text stays as stored: the editor shows a sanitised copy, and refuses to edit what it can't show.
      return text;
  }
}

/** Refused here rather than sent: a form checks its values with checkValue() before saving. */
function unconvertible(field: FieldDescribe, value: FormValue): never {
  throw new TypeError(`${field.name}: ${JSON.stringify(value)} is not a valid ${field.type}; check values with checkValue() first`);
}

/** What the form holds, as the value to send to Salesforce: '' becomes null (the field is cleared). */
export function toSalesforceValue(field: FieldDescribe, value: FormValue, options: ValueOptions = {}): unknown {
  const kind = inputKind(field);
  if (kind === 'boolean') return value === true;
  if (kind === 'multipicklist') {
    const selected = multiSelection(value);
    return selected.length > 0 ? selected.join(';') : null;
  }
  const text = formText(value);
  const trimmed = text.trim();
  if (trimmed === '') return null;
  switch (kind) {
    case 'number': {
      const typed = parseTypedNumber(trimmed);
      return typed ? typed.value : unconvertible(field, value);
    }
    case 'datetime':
      return localInputToInstant(trimmed, options.timeZone) ?? unconvertible(field, value);
    case 'time':
      return inputToTime(trimmed) ?? unconvertible(field, value);
    case 'date':
      return calendarDate(trimmed) ?? unconvertible(field, value);
    case 'richtext': {
      // Sanitised again: the editor's DOM may have picked up markup since it was last cleaned.
      const html = sanitizeHtml(text).html;
      return isBlankHtml(html) ? null : html;
    }
    case 'email':
    case 'phone':
    case 'url':
    case 'reference':
      return trimmed;
    default:
      return text;
  }
}
