import type { FieldDescribe, SfRecord } from '../../salesforce';
import { textValue, type DisplayValue } from './display-value';
import { formatMultiPicklist, formatPicklist } from './format-choice';
import { formatAddress, formatLocation } from './format-compound';
import { formatCalendarDate, formatDateTime, formatTimeOfDay } from './format-date';
import { formatCurrency, formatNumber, formatPercent } from './format-number';
import type { FormatOptions } from './format-options';
import { formatReference } from './format-reference';
import { mailtoHref, telHref, webHref } from './link-targets';
import { sanitizeRichText } from './sanitize-rich-text';

export const isRichText = (field: FieldDescribe): boolean =>
  field.htmlFormatted || (field.type === 'textarea' && field.extraTypeInfo === 'richtextarea');

function formatNumeric(field: FieldDescribe, record: SfRecord, value: number, options: FormatOptions): string {
  switch (field.type) {
    case 'currency':
      return formatCurrency(value, field.scale, record.CurrencyIsoCode, options);
    case 'percent':
      return formatPercent(value, field.scale, options);
    default:
      return formatNumber(value, field.scale, options);
  }
}

function formatString(field: FieldDescribe, record: SfRecord, value: string, options: FormatOptions): DisplayValue | undefined {
  if (isRichText(field)) return sanitizeRichText(value);
  switch (field.type) {
    case 'date':
      return textValue(formatCalendarDate(value, options));
    case 'datetime':
      return textValue(formatDateTime(value, options));
    case 'time':
      return textValue(formatTimeOfDay(value, options));
    case 'picklist':
    case 'combobox':
      return textValue(formatPicklist(field, value));
    case 'multipicklist':
      return textValue(formatMultiPicklist(field, value));
    case 'reference':
      return textValue(formatReference(field, record, value));
    case 'email':
      return { kind: 'link', text: value, href: mailtoHref(value) };
    case 'phone':
      return { kind: 'link', text: value, href: telHref(value) };
    case 'url': {
      const href = webHref(value);
      return href ? { kind: 'link', text: value, href } : textValue(value);
    }
    // Binary content is never something to read in a sidebar.
    case 'base64':
      return undefined;
    default:
      return textValue(value);
  }
}

function formatCompound(field: FieldDescribe, value: unknown, options: FormatOptions): DisplayValue | undefined {
  const text = field.type === 'location' ? formatLocation(value, options) : formatAddress(value);
  return text === undefined ? undefined : textValue(text);
}

function formatAny(field: FieldDescribe, record: SfRecord, value: unknown, options: FormatOptions): DisplayValue | undefined {
  if (typeof value === 'string') return formatString(field, record, value, options);
  if (typeof value === 'number') return textValue(formatNumeric(field, record, value, options));
  if (typeof value === 'boolean') return textValue(value ? 'Yes' : 'No');
  if (typeof value === 'object' && value !== null) return formatCompound(field, value, options);
  return undefined;
}

/**
 * The display of one field of a record, by its describe type, in the user's locale; undefined when there is
 * nothing to show (null, empty, or a shape that isn't a value), so the row is hidden rather than printing "null".
 */
export function formatFieldValue(field: FieldDescribe, record: SfRecord, options: FormatOptions = {}): DisplayValue | undefined {
  const formatted = formatAny(field, record, record[field.name], options);
  return formatted && formatted.text.trim() !== '' ? formatted : undefined;
}
