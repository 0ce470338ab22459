import { queryOptions, skipToken } from '@tanstack/react-query';
import { z } from 'zod';
import { c, soql, type SalesforceClient } from '../../salesforce';
import type { LogMode } from './log-mode';
import { isPersonTarget, type LogTarget } from './log-target';
import { markedMessageIds } from './task-values';

export const loggedMessagesKeys = {
  target: (orgKey: string, target: LogTarget) => ['salesforce', orgKey, 'logged-messages', target.sobject, target.id] as const,
  messages: (orgKey: string, target: LogTarget, mode: LogMode['kind'] | 'unknown', messageIds: readonly string[]) =>
    [...loggedMessagesKeys.target(orgKey, target), mode, [...messageIds].sort()] as const,
};

const emailRowSchema = z.looseObject({ MessageIdentifier: z.string().nullable() });
const taskRowSchema = z.looseObject({ Description: z.string().nullable() });

// A Task is created after the email it logs was sent; a day's margin absorbs clocks that disagree.
const CLOCK_MARGIN_MS = 24 * 60 * 60_000;

async function loggedAsEmailMessages(client: SalesforceClient, target: LogTarget, messageIds: readonly string[]): Promise<Set<string>> {
  const link = isPersonTarget(target)
    ? c.inQuery('Id', soql.select(['EmailMessageId']).from('EmailMessageRelation').where(c.eq('RelationId', target.id)))
    : c.eq('RelatedToId', target.id);
  const query = soql.select(['Id', 'MessageIdentifier']).from('EmailMessage').where(c.in('MessageIdentifier', messageIds)).where(link);
  const { records } = await client.query(query, { recordSchema: emailRowSchema });
  return new Set(records.map((record) => record.MessageIdentifier).filter((id): id is string => id !== null));
}

async function loggedAsTasks(client: SalesforceClient, target: LogTarget, messages: readonly LoggableMessage[]): Promise<Set<string>> {
  const earliest = Math.min(...messages.map((message) => message.date.getTime()));
  const query = soql
    .select(['Id', 'Description'])
    .from('Task')
    .where(c.eq(isPersonTarget(target) ? 'WhoId' : 'WhatId', target.id))
    .where(c.eq('TaskSubtype', 'Email'))
    .where(c.gte('CreatedDate', new Date(earliest - CLOCK_MARGIN_MS)));
  const { records } = await client.query(query, { recordSchema: taskRowSchema });
  const wanted = new Set(messages.map((message) => message.id));
  return new Set(records.flatMap((record) => markedMessageIds(record.Description ?? '')).filter((id) => wanted.has(id)));
}

export interface LoggableMessage {
  readonly id: string;
  readonly date: Date;
}

/** Which of these Front messages are already logged to the target: one query, whatever the mode. */
export async function findLoggedMessages(
  client: SalesforceClient,
  mode: LogMode,
  target: LogTarget,
  messages: readonly LoggableMessage[],
): Promise<Set<string>> {
  if (messages.length === 0) return new Set();
  return mode.kind === 'EmailMessage'
    ? loggedAsEmailMessages(client, target, messages.map((message) => message.id))
    : loggedAsTasks(client, target, messages);
}

interface LoggedMessagesParams {
  client: SalesforceClient;
  orgKey: string;
  target: LogTarget;
  mode: LogMode | undefined;
  messages: readonly LoggableMessage[];
}

export function loggedMessagesQueryOptions({ client, orgKey, target, mode, messages }: LoggedMessagesParams) {
  const ids = messages.map((message) => message.id);
  // The key names the client by orgKey, the mode by its kind and the messages by their ids.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: loggedMessagesKeys.messages(orgKey, target, mode?.kind ?? 'unknown', ids),
    queryFn: mode ? async () => [...(await findLoggedMessages(client, mode, target, messages))] : skipToken,
  });
}
