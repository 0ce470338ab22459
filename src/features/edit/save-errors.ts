import { isSalesforceError, type FieldDescribe, type SalesforceErrorCode } from '../../salesforce';
import type { FieldErrors } from './form-values';

// Failures that belong to one record: the other records of the form can still be saved.
const RECORD_CODES: ReadonlySet<SalesforceErrorCode> = new Set<SalesforceErrorCode>([
  'REQUIRED_FIELD_MISSING',
  'FIELD_CUSTOM_VALIDATION_EXCEPTION',
  'INVALID_VALUE',
  'INVALID_FIELD',
  'DUPLICATES_DETECTED',
  'ENTITY_IS_DELETED',
  'NOT_FOUND',
  'INSUFFICIENT_ACCESS_OR_READONLY',
  'CONFLICT',
]);

/** An expired session, an exhausted API limit or a network failure stops every save that would follow. */
export function concernsOneRecord(error: unknown): boolean {
  return isSalesforceError(error) && RECORD_CODES.has(error.code);
}

/**
 * Salesforce's error placed on the fields it names, when the form shows them; empty when it names none of
 * them, and the error is then shown above the form instead.
 */
export function fieldErrorsOf(error: unknown, fields: readonly FieldDescribe[]): FieldErrors {
  if (!isSalesforceError(error)) return {};
  const message = error.code === 'REQUIRED_FIELD_MISSING' ? 'Complete this field.' : error.userMessage;
  const shown = new Map(fields.map((field) => [field.name.toLowerCase(), field.name]));
  const named = error.fields.flatMap((name) => shown.get(name.toLowerCase()) ?? []);
  return Object.fromEntries(named.map((name) => [name, message]));
}
