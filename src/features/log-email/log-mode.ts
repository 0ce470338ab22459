import { queryOptions } from '@tanstack/react-query';
import { isSalesforceError, type SalesforceClient, type SObjectDescribe } from '../../salesforce';
import { isPersonTarget, type LogTarget } from './log-target';

/** How this org stores a logged email: Enhanced Email's EmailMessage, or a Task of subtype Email. */
export type LogMode =
  | {
      readonly kind: 'EmailMessage';
      readonly describe: SObjectDescribe;
      /** Whether this user may create EmailMessageRelation, which names an email's sender. */
      readonly senderRelations: boolean;
    }
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
 * otherwise. A person is linked to an EmailMessage through EmailMessageRelation (as a recipient via ToIds, as
 * the sender by a relation of its own), so logging to a person needs that object creatable, and queryable to
 * find "already logged" again. Both describes are asked for together, so they travel in one request.
 */
export async function detectLogMode(client: SalesforceClient, target: LogTarget): Promise<LogMode> {
  const [emailMessage, relation] = await Promise.all([describeIfPresent(client, 'EmailMessage'), describeIfPresent(client, 'EmailMessageRelation')]);
  const senderRelations = Boolean(relation?.createable);
  if (emailMessageFits(emailMessage, target) && (!isPersonTarget(target) || (relation?.queryable && senderRelations))) {
    return { kind: 'EmailMessage', describe: emailMessage, senderRelations };
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
