// An error the fake org answers with, in Salesforce's REST error shape: [{ message, errorCode, fields? }].
export interface ApiErrorItem {
  message: string;
  errorCode: string;
  fields?: string[];
  /** Present on DUPLICATES_DETECTED, as Salesforce sends it. */
  duplicateResult?: unknown;
}

export class ApiFault extends Error {
  readonly status: number;
  readonly errors: ApiErrorItem[];

  constructor(status: number, errorCode: string, message: string, fields?: string[], extra?: Partial<ApiErrorItem>) {
    super(message);
    this.status = status;
    this.errors = [{ ...extra, ...(fields ? { message, errorCode, fields } : { message, errorCode }) }];
  }

  get errorCode(): string {
    return this.errors[0]?.errorCode ?? 'UNKNOWN_EXCEPTION';
  }
}
