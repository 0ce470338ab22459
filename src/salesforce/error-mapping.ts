import type { SalesforceErrorCode } from './error-messages';
import { ConflictError, DuplicatesError, SalesforceError, type DuplicateMatch } from './errors';
import { duplicateResultSchema, restErrorsSchema } from './schemas/rest-error';
import { SessionRefreshError } from './session-refresh';

// Salesforce has hundreds of error codes; the panel needs to react to a few kinds. Codes not listed here are
// grouped by HTTP status, then fall back to UNKNOWN (Salesforce's own code stays in `serverCode`).
const CODE_GROUPS: Readonly<Record<string, SalesforceErrorCode>> = {
  INVALID_SESSION_ID: 'INVALID_SESSION_ID',
  INVALID_AUTH_HEADER: 'INVALID_SESSION_ID',
  REQUEST_LIMIT_EXCEEDED: 'REQUEST_LIMIT_EXCEEDED',
  API_DISABLED_FOR_ORG: 'API_DISABLED_FOR_ORG',
  API_CURRENTLY_DISABLED: 'API_CURRENTLY_DISABLED',
  INSUFFICIENT_ACCESS_OR_READONLY: 'INSUFFICIENT_ACCESS_OR_READONLY',
  INSUFFICIENT_ACCESS: 'INSUFFICIENT_ACCESS_OR_READONLY',
  INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: 'INSUFFICIENT_ACCESS_OR_READONLY',
  REQUIRED_FIELD_MISSING: 'REQUIRED_FIELD_MISSING',
  FIELD_CUSTOM_VALIDATION_EXCEPTION: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
  INVALID_FIELD: 'INVALID_FIELD',
  INVALID_FIELD_FOR_INSERT_UPDATE: 'INVALID_FIELD',
  INVALID_TYPE: 'INVALID_FIELD',
  MALFORMED_QUERY: 'MALFORMED_QUERY',
  MALFORMED_SEARCH: 'MALFORMED_QUERY',
  DUPLICATES_DETECTED: 'DUPLICATES_DETECTED',
  ENTITY_IS_DELETED: 'ENTITY_IS_DELETED',
  NOT_FOUND: 'NOT_FOUND',
  PRECONDITION_FAILED: 'CONFLICT',
  PROCESSING_HALTED: 'PROCESSING_HALTED',
  ALL_OR_NONE_OPERATION_ROLLED_BACK: 'PROCESSING_HALTED',
  SERVER_UNAVAILABLE: 'SERVER_UNAVAILABLE',
  JSON_PARSER_ERROR: 'INVALID_REQUEST',
  LIMIT_EXCEEDED: 'INVALID_REQUEST',
  METHOD_NOT_ALLOWED: 'INVALID_REQUEST',
  INVALID_QUERY_LOCATOR: 'INVALID_REQUEST',
  STRING_TOO_LONG: 'INVALID_VALUE',
  INVALID_EMAIL_ADDRESS: 'INVALID_VALUE',
  INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: 'INVALID_VALUE',
  FIELD_INTEGRITY_EXCEPTION: 'INVALID_VALUE',
  FIELD_FILTER_VALIDATION_EXCEPTION: 'INVALID_VALUE',
  INVALID_CROSS_REFERENCE_KEY: 'INVALID_VALUE',
  INVALID_TYPE_ON_FIELD_IN_RECORD: 'INVALID_VALUE',
  NUMBER_OUTSIDE_VALID_RANGE: 'INVALID_VALUE',
  MALFORMED_ID: 'INVALID_VALUE',
  DUPLICATE_VALUE: 'INVALID_VALUE',
  CANNOT_UPDATE_CONVERTED_LEAD: 'INVALID_VALUE',
  INVALID_STATUS: 'INVALID_VALUE',
};

function groupByStatus(status: number | undefined): SalesforceErrorCode {
  if (status === undefined) return 'UNKNOWN';
  if (status === 401) return 'INVALID_SESSION_ID';
  if (status === 403) return 'INSUFFICIENT_ACCESS_OR_READONLY';
  if (status === 404) return 'NOT_FOUND';
  if (status === 412) return 'CONFLICT';
  if (status >= 500) return 'SERVER_UNAVAILABLE';
  return 'UNKNOWN';
}

/** An error as Salesforce reports it: REST `errorCode`, save-result / SOAP `statusCode`. */
export interface ServerErrorItem {
  errorCode: string;
  message?: string;
  fields?: readonly string[] | null;
  duplicateResult?: unknown;
}

function duplicateMatches(duplicateResult: unknown): { allowSave: boolean; matches: DuplicateMatch[] } {
  const parsed = duplicateResultSchema.safeParse(duplicateResult);
  if (!parsed.success) return { allowSave: false, matches: [] };
  const matches = parsed.data.matchResults.flatMap((result) =>
    result.matchRecords.map((match) => ({ id: match.record.Id, sobject: match.record.attributes.type })),
  );
  return { allowSave: parsed.data.allowSave, matches };
}

/** Maps one Salesforce error item (and the HTTP status it came with) to the typed error. */
export function fromServerError(item: ServerErrorItem, status?: number): SalesforceError {
  // SOAP fault codes carry a namespace prefix (sf:INVALID_SESSION_ID); jsforce names HTTP-only failures ERROR_HTTP_nnn.
  const serverCode = item.errorCode.replace(/^[A-Za-z]+:/, '');
  const httpOnly = /^ERROR_HTTP_(\d{3})$/.exec(serverCode);
  const effectiveStatus = status ?? (httpOnly ? Number(httpOnly[1]) : undefined);
  const code = (httpOnly ? undefined : CODE_GROUPS[serverCode]) ?? groupByStatus(effectiveStatus);
  const init = {
    status: effectiveStatus,
    fields: item.fields ?? [],
    serverCode: httpOnly ? undefined : serverCode,
    serverMessage: httpOnly ? undefined : item.message,
  };
  if (code === 'CONFLICT') return new ConflictError(init);
  if (code === 'DUPLICATES_DETECTED') return new DuplicatesError(init, duplicateMatches(item.duplicateResult));
  return new SalesforceError({ ...init, code });
}

/** Maps a REST error body `[{ message, errorCode, fields? }, …]`: the first error leads, fields are merged. */
export function fromRestErrorBody(body: unknown, status?: number): SalesforceError {
  const parsed = restErrorsSchema.safeParse(body);
  const [first, ...rest] = parsed.success ? parsed.data : [];
  if (!first) return fromServerError({ errorCode: `ERROR_HTTP_${status ?? 500}` }, status);
  const fields = [...new Set([first, ...rest].flatMap((error) => error.fields ?? []))];
  return fromServerError({ ...first, fields }, status);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const REFRESH_FAILED = /^Unable to refresh session due to: /;
const NETWORK_MESSAGE = /failed to fetch|networkerror|network request failed|load failed|request to .* failed|ECONN|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|socket hang up/i;

// A refresh that could not reach the token endpoint keeps the network's message, so it reads as offline here
// rather than as an ended session.
function isNetworkFailure(error: Error): boolean {
  return error.name === 'FetchError' || error.name === 'AbortError' || NETWORK_MESSAGE.test(error.message);
}

/**
 * Turns anything jsforce (or the network) throws into a SalesforceError. jsforce's HttpApiError carries
 * Salesforce's `errorCode` and the parsed error item in `data`; session refresh failures arrive as plain Errors or
 * as our SessionRefreshError.
 */
export function toSalesforceError(error: unknown, context: { status?: number } = {}): SalesforceError {
  if (error instanceof SalesforceError) return error;
  if (isRecord(error) && typeof error.errorCode === 'string') {
    if (error.errorCode === 'MULTIPLE_API_ERRORS') return fromRestErrorBody(error.data, context.status);
    const data = isRecord(error.data) ? error.data : {};
    return fromServerError(
      {
        errorCode: error.errorCode,
        message: typeof error.message === 'string' ? error.message : undefined,
        fields: Array.isArray(data.fields) ? data.fields.filter((f): f is string => typeof f === 'string') : [],
        duplicateResult: data.duplicateResult,
      },
      context.status,
    );
  }
  if (error instanceof Error) {
    if (isNetworkFailure(error)) return new SalesforceError({ code: 'NETWORK', serverMessage: error.message });
    if (error instanceof SessionRefreshError || REFRESH_FAILED.test(error.message)) {
      return new SalesforceError({ code: 'INVALID_SESSION_ID', status: 401, serverMessage: error.message });
    }
    return new SalesforceError({ code: 'UNKNOWN', status: context.status, serverMessage: error.message });
  }
  return new SalesforceError({ code: 'UNKNOWN', status: context.status });
}
