import { queryOptions } from '@tanstack/react-query';
import { isSalesforceError, type SalesforceClient, type SObjectDescribe } from '../../salesforce';
import { isPersonTarget, type LogTarget } from './log-target';

/** How this org stores a logged email: Enhanced Email's EmailMessage, or a Task of subtype Email. */
export type LogMode =
  | { readonly kind: 'EmailMessage'; readonly describe: SObjectDescribe }
  | { readonly kind: 'Task'; readonly describe: SObjectDescribe };

/** Undefined when the org has no such object (or hides it from this user), which is an answer, not a failure. */
async function describeIfPresent(client: SalesforceClient, sobject: string): Promise<SObjectDescribe | undefined> {
  try {
    return await client.describe(sobject);
  } catch (error) {
    if (isSalesforceError(error, 'NOT_FOUND') || (isSalesforceError(error) && error.serverCode === 'INVALID_TYPE')) return undefined;
    throw error;
  }
}

function canCreate(describe: SObjectDescribe, field: string): boolean {
  return describe.fields.some((candidate) => candidate.name === field && candidate.createable);
}

function emailMessageFits(describe: SObjectDescribe | undefined, target: LogTarget): describe is SObjectDescribe {
  if (!describe?.createable || !describe.queryable || !canCreate(describe, 'MessageIdentifier')) return false;
  if (isPersonTarget(target)) return true;
  const relatedTo = describe.fields.find((field) => field.name === 'RelatedToId');
  return Boolean(relatedTo?.createable && relatedTo.referenceTo.includes(target.sobject));
}

/**
 * EmailMessage where the org has Enhanced Email and lets this user create it for this kind of record; a Task
 * otherwise. A person is linked to an EmailMessage through EmailMessageRelation (written via ToIds), so
 * finding "already logged" again needs that object to be queryable too.
 */
export async function detectLogMode(client: SalesforceClient, target: LogTarget): Promise<LogMode> {
  const emailMessage = await describeIfPresent(client, 'EmailMessage');
  if (emailMessageFits(emailMessage, target)) {
    const relation = isPersonTarget(target) ? await describeIfPresent(client, 'EmailMessageRelation') : undefined;
    if (!isPersonTarget(target) || relation?.queryable) return { kind: 'EmailMessage', describe: emailMessage };
  }
  return { kind: 'Task', describe: await client.describe('Task') };
}

export function logModeQueryOptions({ client, orgKey, target }: { client: SalesforceClient; orgKey: string; target: LogTarget }) {
  // The client belongs to orgKey, and the mode depends on the target's object only, not on which record it is.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['salesforce', orgKey, 'log-email-mode', target.sobject] as const,
    queryFn: () => detectLogMode(client, target),
    // Whether an org has Enhanced Email changes on an admin's decision, not while an agent logs emails.
    staleTime: 30 * 60_000,
  });
}
