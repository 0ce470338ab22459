import type { HostMessage } from '../../host';
import {
  compositeCreate,
  compositeRef,
  MAX_COMPOSITE_SUBREQUESTS,
  SalesforceError,
  toSalesforceError,
  type CompositeResult,
  type CompositeSubrequest,
  type SalesforceClient,
  type SaveResult,
} from '../../salesforce';
import { emailMessageValues } from './email-message-values';
import { senderRelationValues } from './email-roles';
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

/** What logs one message: its record and, for an EmailMessage, its sender's relation. */
interface MessageWrite {
  readonly messageId: string;
  readonly requests: readonly CompositeSubrequest<SaveResult>[];
}

function messageWrite(mode: LogMode, target: LogTarget, userId: string | undefined, message: HostMessage, index: number): MessageWrite {
  if (mode.kind === 'Task') return { messageId: message.id, requests: [compositeCreate(`log${index}`, 'Task', taskValues(message, target, mode.describe))] };
  const email = compositeCreate(`log${index}`, 'EmailMessage', emailMessageValues(message, target, mode.describe));
  const sender = mode.senderRelations ? senderRelationValues(message, target, userId, compositeRef(email.referenceId, 'id')) : undefined;
  const requests = sender ? [email, compositeCreate(`from${index}`, 'EmailMessageRelation', sender)] : [email];
  return { messageId: message.id, requests };
}

/** Whole messages to a composite request, as many as its 25 subrequests hold. */
function batches(writes: readonly MessageWrite[]): MessageWrite[][] {
  const result: MessageWrite[][] = [];
  let current: MessageWrite[] = [];
  let size = 0;
  for (const write of writes) {
    if (size + write.requests.length > MAX_COMPOSITE_SUBREQUESTS) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(write);
    size += write.requests.length;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function saveError(result: CompositeResult<SaveResult>): SalesforceError | undefined {
  if (!result.ok) return result.error;
  if (result.body.success) return undefined;
  const [first] = result.body.errors;
  return new SalesforceError({ code: 'UNKNOWN', serverCode: first?.statusCode, serverMessage: first?.message });
}

/** Each message's error, if any: what went wrong rather than the "rolled back" its other subrequests report. */
function messageErrors(writes: readonly MessageWrite[], results: readonly CompositeResult<SaveResult>[]): (SalesforceError | undefined)[] {
  let offset = 0;
  return writes.map((write) => {
    const errors = results.slice(offset, (offset += write.requests.length)).flatMap((result) => saveError(result) ?? []);
    return errors.find((error) => error.code !== 'PROCESSING_HALTED') ?? errors[0];
  });
}

/**
 * Creates each message's records, as few composite requests (one API call each) as hold them. A message's
 * email and its sender's relation must stand or fall together (an email without its person's relation would
 * not be found as logged, and would be logged twice), so a request is all-or-none; when Salesforce refuses a
 * message, that message is reported and the others are sent again without it. A failure before anything was
 * written is thrown, so the screen can offer sign-in or explain the limit; after that, the messages not yet
 * written are reported as failed with the same error.
 */
export async function writeLogs(
  client: SalesforceClient,
  mode: LogMode,
  target: LogTarget,
  messages: readonly HostMessage[],
  /** The signed-in user, the sender of the team's replies; undefined where the mode needs no sender. */
  userId: string | undefined,
  onProgress: (done: number) => void,
): Promise<WriteResult> {
  const logged: string[] = [];
  const failed: LogFailure[] = [];
  for (const batch of batches(messages.map((message, index) => messageWrite(mode, target, userId, message, index)))) {
    let pending = batch;
    while (pending.length > 0) {
      try {
        const errors = messageErrors(pending, await client.composite(pending.flatMap((write) => write.requests), { allOrNone: true }));
        if (errors.every((error) => error === undefined)) {
          logged.push(...pending.map((write) => write.messageId));
          break;
        }
        // Salesforce stops at the first refusal; every other message was rolled back and goes again.
        const refused = errors.map((error) => (error && error.code !== 'PROCESSING_HALTED' ? error : undefined));
        const culprits = refused.some(Boolean) ? refused : errors;
        pending.forEach((write, index) => {
          const error = culprits[index];
          if (error) failed.push({ messageId: write.messageId, error });
        });
        pending = pending.filter((_, index) => culprits[index] === undefined);
      } catch (error) {
        if (logged.length === 0 && failed.length === 0) throw error;
        const reason = toSalesforceError(error);
        failed.push(...pending.map((write) => ({ messageId: write.messageId, error: reason })));
        break;
      }
    }
    onProgress(logged.length + failed.length);
  }
  return { logged, failed };
}
