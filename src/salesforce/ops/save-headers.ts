import { SalesforceError } from '../errors';

export interface DuplicateRuleOptions {
  /** Save even if a duplicate rule that allows it (DuplicatesError.allowSave) matches existing records. */
  allowDuplicates?: boolean;
}

export function duplicateRuleHeaders(options: DuplicateRuleOptions): Record<string, string> {
  return options.allowDuplicates ? { 'Sforce-Duplicate-Rule-Header': 'allowSave=true' } : {};
}

/** An HTTP date (If-Unmodified-Since) from a Salesforce datetime such as 2026-01-05T09:00:00.000+0000. */
export function toHttpDate(value: string | Date): string {
  // Salesforce writes offsets as +0000, which not every Date parser accepts; +00:00 is ISO 8601 proper.
  const date = typeof value === 'string' ? new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : value;
  if (Number.isNaN(date.getTime())) {
    throw new SalesforceError({ code: 'INVALID_REQUEST', serverMessage: `Not a valid datetime: ${String(value)}` });
  }
  return date.toUTCString();
}
