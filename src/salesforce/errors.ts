import { ERROR_COPY, SERVER_MESSAGE_IS_USER_FACING, type SalesforceErrorCode } from './error-messages';
import { redactSecrets } from './redact';
import type { SfRecord } from './schemas/record';

export type { SalesforceErrorCode } from './error-messages';

export interface SalesforceErrorInit {
  code: SalesforceErrorCode;
  /** HTTP status of the failed response, when known. */
  status?: number;
  /** API names of the fields the error is about (required, invalid, validation rule…). */
  fields?: readonly string[];
  /** Salesforce's own errorCode (e.g. INVALID_FIELD_FOR_INSERT_UPDATE), before grouping into `code`. */
  serverCode?: string;
  serverMessage?: string;
  /** Replaces the code's generic sentence when the caller knows better (e.g. which object access is missing). */
  userMessage?: string;
}

/** Every failure the Salesforce client reports: typed by `code`, with copy the panel can show as is. */
export class SalesforceError extends Error {
  override readonly name: string = 'SalesforceError';
  readonly code: SalesforceErrorCode;
  readonly userMessage: string;
  readonly action: string;
  readonly fields: readonly string[];
  readonly status: number | undefined;
  readonly serverCode: string | undefined;
  /** Salesforce's message, with anything token-shaped masked; for details views, not headlines. */
  readonly serverMessage: string | undefined;

  constructor(init: SalesforceErrorInit) {
    const serverMessage = init.serverMessage === undefined ? undefined : redactSecrets(init.serverMessage);
    const copy = ERROR_COPY[init.code];
    super(`${init.serverCode ?? init.code}: ${serverMessage ?? copy.userMessage}`);
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields ?? [];
    this.serverCode = init.serverCode;
    this.serverMessage = serverMessage;
    this.userMessage =
      init.userMessage ??
      (SERVER_MESSAGE_IS_USER_FACING.has(init.code) && serverMessage?.trim() ? serverMessage.trim() : copy.userMessage);
    this.action = copy.action;
  }
}

/** A save refused because the record changed on the server after the user loaded it (HTTP 412). */
export class ConflictError extends SalesforceError {
  override readonly name = 'ConflictError';
  /** The record as Salesforce holds it now, when it could be fetched after the conflict. */
  readonly serverValues: SfRecord | undefined;

  constructor(init: Omit<SalesforceErrorInit, 'code'>, serverValues?: SfRecord) {
    super({ ...init, code: 'CONFLICT' });
    this.serverValues = serverValues;
  }
}

export interface DuplicateMatch {
  id: string;
  sobject: string;
}

/** A save blocked by a duplicate rule; `matches` are the existing records the rule found. */
export class DuplicatesError extends SalesforceError {
  override readonly name = 'DuplicatesError';
  /** The rule allows saving anyway (the caller may retry with `allowDuplicates`). */
  readonly allowSave: boolean;
  readonly matches: readonly DuplicateMatch[];

  constructor(init: Omit<SalesforceErrorInit, 'code'>, details: { allowSave: boolean; matches: readonly DuplicateMatch[] }) {
    super({ ...init, code: 'DUPLICATES_DETECTED' });
    this.allowSave = details.allowSave;
    this.matches = details.matches;
  }
}

export function isSalesforceError(error: unknown, code?: SalesforceErrorCode): error is SalesforceError {
  return error instanceof SalesforceError && (code === undefined || error.code === code);
}
