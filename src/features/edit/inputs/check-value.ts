import type { FieldDescribe } from '../../../salesforce';
import { calendarDate, inputToTime, localInputToInstant } from './date-time-values';
import { inputKind, isLengthLimited, type InputKind } from './field-kind';
import type { FormValue } from './form-value';
import { parseTypedNumber } from './number-text';
import { isBlankHtml } from './rich-text-html';

// The same rule Salesforce applies on save: something, an @, and a domain with a dot; apostrophes and + are fine.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isEmpty(kind: InputKind, value: FormValue): boolean {
  if (typeof value === 'boolean') return false;
  if (typeof value !== 'string') return value.length === 0;
  return kind === 'richtext' ? isBlankHtml(value) : value.trim() === '';
}

function isWebAddress(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    // Salesforce stores addresses without a scheme ("www.example.com") as typed: check them as https.
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return ['http:', 'https:', 'ftp:'].includes(url.protocol) && (url.hostname.includes('.') || url.hostname === 'localhost');
  } catch {
    return false;
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function checkNumber(field: FieldDescribe, text: string): string | undefined {
  const typed = parseTypedNumber(text);
  const whole = field.type === 'int' || field.scale === 0;
  if (!typed) return whole ? 'Enter a whole number, like 42.' : 'Enter a number, like 1234.56.';
  if (whole && typed.decimals > 0) return 'Enter a whole number, without decimals.';
  if (typed.decimals > field.scale) return `Use at most ${plural(field.scale, 'decimal place')}.`;
  const maxDigits = field.type === 'int' ? field.digits : field.precision - field.scale;
  if (maxDigits > 0 && typed.integerDigits > maxDigits) {
    return whole ? `Use at most ${plural(maxDigits, 'digit')}.` : `Use at most ${plural(maxDigits, 'digit')} before the decimal point.`;
  }
  return undefined;
}

function checkFormat(field: FieldDescribe, kind: InputKind, text: string): string | undefined {
  switch (kind) {
    case 'email':
      return EMAIL.test(text) ? undefined : 'Enter an email address, like name@example.com.';
    case 'url':
      return isWebAddress(text) ? undefined : 'Enter a web address, like www.example.com.';
    case 'number':
      return checkNumber(field, text);
    case 'date':
      return calendarDate(text) ? undefined : 'Enter a date.';
    case 'datetime':
      return localInputToInstant(text) ? undefined : 'Enter a date and time.';
    case 'time':
      return inputToTime(text) ? undefined : 'Enter a time.';
    default:
      return undefined;
  }
}

/**
 * The client-side check before sending: a required field left empty, an email, web address or number
 * Salesforce would refuse, or text longer than the field holds. Returns the message to show on the field.
 */
export function checkValue(field: FieldDescribe, value: FormValue, required: boolean): string | undefined {
  const kind = inputKind(field);
  if (isEmpty(kind, value)) return required ? 'Complete this field.' : undefined;
  if (typeof value !== 'string') return undefined;
  const text = ['email', 'url', 'number'].includes(kind) ? value.trim() : value;
  if (isLengthLimited(kind) && field.length > 0 && text.length > field.length) {
    return `Use at most ${plural(field.length, 'character')} (this has ${text.length}).`;
  }
  return checkFormat(field, kind, text);
}
