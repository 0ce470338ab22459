import type { HostMessage } from '../../host';
import {
  compositeCreate,
  MAX_COMPOSITE_SUBREQUESTS,
  SalesforceError,
  toSalesforceError,
  type CompositeResult,
  type SalesforceClient,
  type SaveResult,
} from '../../salesforce';
import { emailMessageValues } from './email-message-values';
import type { LogMode } from './log-mode';
import type { LogTarget } from './log-target';
import { taskValues } from './task-values';

export interface LogFailure {
  readonly messageId: string;
  readonly error: SalesforceError;
}

export interface WriteResult {
  readonly logged: readonly string[];
  readonly failed: readonly LogFailure[];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function createRequest(mode: LogMode, target: LogTarget, message: HostMessage, index: number) {
  const values = mode.kind === 'EmailMessage' ? emailMessageValues(message, target, mode.describe) : taskValues(message, target, mode.describe);
  return compositeCreate(`log${index}`, mode.kind, values);
}

function saveError(result: CompositeResult<SaveResult>): SalesforceError | undefined {
  if (!result.ok) return result.error;
  if (result.body.success) return undefined;
  const [first] = result.body.errors;
  return new SalesforceError({ code: 'UNKNOWN', serverCode: first?.statusCode, serverMessage: first?.message });
}

/**
 * Creates one record per message, 25 to a composite request (one API call each). Each message succeeds or
 * fails on its own. A failure before anything was written is thrown, so the screen can offer sign-in or
 * explain the limit; after that, the messages not yet sent are reported as failed with the same error.
 */
export async function writeLogs(
  client: SalesforceClient,
  mode: LogMode,
  target: LogTarget,
  messages: readonly HostMessage[],
  onProgress: (done: number) => void,
): Promise<WriteResult> {
  const logged: string[] = [];
  const failed: LogFailure[] = [];
  for (const batch of chunks(messages, MAX_COMPOSITE_SUBREQUESTS)) {
    try {
      const results = await client.composite(batch.map((message, index) => createRequest(mode, target, message, index)));
      results.forEach((result, index) => {
        const messageId = batch[index]?.id ?? '';
        const error = saveError(result);
        if (error) failed.push({ messageId, error });
        else logged.push(messageId);
      });
    } catch (error) {
      if (logged.length === 0 && failed.length === 0) throw error;
      const reason = toSalesforceError(error);
      failed.push(...batch.map((message) => ({ messageId: message.id, error: reason })));
    }
    onProgress(logged.length + failed.length);
  }
  return { logged, failed };
}
