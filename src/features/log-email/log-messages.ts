import type { HostMessage } from '../../host';
import type { SalesforceClient } from '../../salesforce';
import { findLoggedMessages } from './logged-messages';
import type { LogMode } from './log-mode';
import type { LogTarget } from './log-target';
import { runExclusively } from './target-queue';
import { writeLogs, type LogFailure } from './write-logs';

export interface LogOutcome {
  readonly logged: readonly string[];
  /** Found already logged when re-checked just before writing (by a teammate, another screen, an earlier try). */
  readonly alreadyLogged: readonly string[];
  readonly failed: readonly LogFailure[];
}

export interface LogProgress {
  readonly done: number;
  readonly total: number;
}

export interface LogMessagesInput {
  client: SalesforceClient;
  /** Scopes the per-target queue to one org and user. */
  orgKey: string;
  mode: LogMode;
  target: LogTarget;
  messages: readonly HostMessage[];
  /** The signed-in Salesforce user, asked for only when an EmailMessage of the team's needs them as its sender. */
  userId?: () => Promise<string>;
  onProgress?: (progress: LogProgress) => void;
}

/**
 * Logs the messages to the target exactly once: queued behind any other log to the same target, then one
 * query re-checks what is logged now, and only the rest is written.
 */
export function logMessages({ client, orgKey, mode, target, messages, userId, onProgress }: LogMessagesInput): Promise<LogOutcome> {
  return runExclusively(`${orgKey}|${target.sobject}|${target.id}`, async () => {
    const already = await findLoggedMessages(client, mode, target, messages);
    const pending = messages.filter((message) => !already.has(message.id));
    onProgress?.({ done: 0, total: pending.length });
    // After the re-check: an expired session shows up there as itself, with Salesforce's sign-in error.
    const sender = mode.kind === 'EmailMessage' && pending.some((message) => message.status === 'outbound') ? await userId?.() : undefined;
    const written = await writeLogs(client, mode, target, pending, sender, (done) => onProgress?.({ done, total: pending.length }));
    return { ...written, alreadyLogged: [...already] };
  });
}
