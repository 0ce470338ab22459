// Plain-language copy for every error the client surfaces: what happened, and what the user can do about it.
// Agents read these in a narrow sidebar, so each stays one short sentence.
export type SalesforceErrorCode =
  | 'INVALID_SESSION_ID'
  | 'REQUEST_LIMIT_EXCEEDED'
  | 'API_DISABLED_FOR_ORG'
  | 'API_CURRENTLY_DISABLED'
  | 'INSUFFICIENT_ACCESS_OR_READONLY'
  | 'REQUIRED_FIELD_MISSING'
  | 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
  | 'INVALID_FIELD'
  | 'INVALID_VALUE'
  | 'MALFORMED_QUERY'
  | 'DUPLICATES_DETECTED'
  | 'ENTITY_IS_DELETED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PROCESSING_HALTED'
  | 'SERVER_UNAVAILABLE'
  | 'NETWORK'
  | 'INVALID_REQUEST'
  | 'INVALID_RESPONSE'
  | 'UNKNOWN';

export interface ErrorCopy {
  userMessage: string;
  action: string;
}

export const ERROR_COPY: Readonly<Record<SalesforceErrorCode, ErrorCopy>> = {
  INVALID_SESSION_ID: { userMessage: 'Your Salesforce login is invalid.', action: 'Sign in again' },
  // Salesforce counts API requests over a rolling 24 hours and publishes no reset time: requests are let through
  // again as the past day's usage drops below the limit.
  REQUEST_LIMIT_EXCEEDED: {
    userMessage: 'Your Salesforce org has reached its API request limit.',
    action: 'Try again later (requests free up over the next 24 hours), or ask your Salesforce admin to raise the limit',
  },
  API_DISABLED_FOR_ORG: {
    userMessage: 'Salesforce API access required.',
    action: 'Ask your admin to turn on API access for your Salesforce org',
  },
  API_CURRENTLY_DISABLED: {
    userMessage: 'Salesforce API access required.',
    action: 'Ask your admin for the API Enabled permission',
  },
  INSUFFICIENT_ACCESS_OR_READONLY: {
    userMessage: "You don't have permission to do this in Salesforce.",
    action: 'Ask your Salesforce admin for access',
  },
  REQUIRED_FIELD_MISSING: { userMessage: 'Some required fields are empty.', action: 'Fill in the required fields' },
  FIELD_CUSTOM_VALIDATION_EXCEPTION: {
    userMessage: 'Salesforce rejected a value.',
    action: 'Correct the value and save again',
  },
  INVALID_FIELD: {
    userMessage: "Some fields aren't available to you in Salesforce.",
    action: 'Check the field settings, or ask your Salesforce admin about field access',
  },
  INVALID_VALUE: { userMessage: 'Salesforce rejected a value.', action: 'Correct the value and save again' },
  MALFORMED_QUERY: {
    userMessage: "Salesforce couldn't understand the search.",
    action: 'Try different search text',
  },
  DUPLICATES_DETECTED: {
    userMessage: 'This looks like a record that already exists.',
    action: 'Use the existing record',
  },
  ENTITY_IS_DELETED: { userMessage: 'This record was deleted in Salesforce.', action: 'Refresh the panel' },
  NOT_FOUND: { userMessage: "This record wasn't found in Salesforce.", action: 'Refresh the panel' },
  CONFLICT: {
    userMessage: 'Someone changed this record in Salesforce after you opened it.',
    action: 'Review their changes, then save again',
  },
  PROCESSING_HALTED: {
    userMessage: 'Nothing was saved because another change in the same batch failed.',
    action: 'Fix the other error, then save again',
  },
  SERVER_UNAVAILABLE: { userMessage: 'Salesforce is temporarily unavailable.', action: 'Try again in a few minutes' },
  NETWORK: { userMessage: "Can't reach Salesforce.", action: 'Check your connection and try again' },
  INVALID_REQUEST: {
    userMessage: 'The sidebar built a request Salesforce would refuse.',
    action: 'Try again; if it keeps happening, report it to your admin',
  },
  INVALID_RESPONSE: {
    userMessage: "Salesforce sent an answer the sidebar doesn't understand.",
    action: 'Try again; if it keeps happening, report it to your admin',
  },
  UNKNOWN: { userMessage: "Salesforce couldn't complete the request.", action: 'Try again' },
};

// Codes whose Salesforce message was written for end users (validation rules are written by the org's admin,
// value errors name the field and the problem), so it beats any generic sentence.
export const SERVER_MESSAGE_IS_USER_FACING: ReadonlySet<SalesforceErrorCode> = new Set([
  'FIELD_CUSTOM_VALIDATION_EXCEPTION',
  'INVALID_VALUE',
]);
