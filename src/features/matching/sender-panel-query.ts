import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { config } from '../../lib/config';
import { isSalesforceError, type SalesforceClient } from '../../salesforce';
import { loadPanelDescribes } from './panel-describes';
import { planPanel } from './panel-plan';
import { readPanel } from './panel-result';
import { loadPhoneNumbers } from './phone-numbers';
import type { LayoutFor } from './related-lists';
import type { SenderPanel } from './sender-panel';
import { subjectKey, type Subject } from './subject';

export interface SenderPanelQueryInput {
  readonly client: SalesforceClient;
  readonly orgKey: string;
  readonly subject: Subject;
  /** The fields each object's card shows; they are what the panel's queries select. */
  readonly layoutFor: LayoutFor;
  /** Changes whenever layoutFor's answers change, so a new layout means a new query. */
  readonly layoutKey: string;
  readonly enabled?: boolean;
  readonly defaultCountry?: string;
}

// Every attempt is an API call: only a flaky network or a Salesforce outage is worth another one.
const MAX_RETRIES = 2;
function shouldRetry(failureCount: number, error: Error): boolean {
  const transient = isSalesforceError(error, 'NETWORK') || isSalesforceError(error, 'SERVER_UNAVAILABLE');
  return transient && failureCount < MAX_RETRIES;
}

async function fetchSenderPanel(queryClient: QueryClient, input: SenderPanelQueryInput): Promise<SenderPanel> {
  const { client, subject } = input;
  const defaultCountry = input.defaultCountry ?? config.defaultPhoneCountry;
  const describes = await loadPanelDescribes(queryClient, input);
  const plan = planPanel(subject, { describes, layoutFor: input.layoutFor });
  const [results, phoneNumbers] = await Promise.all([
    plan.queries.length > 0 ? client.composite(plan.queries.map((planned) => planned.request), { allOrNone: false }) : [],
    subject.kind === 'phone' ? loadPhoneNumbers() : undefined,
  ]);
  return readPanel({ subject, plan, results, describes, defaultCountry, phoneNumbers });
}

/**
 * Everything the panel shows for one sender (person, account, opportunities, cases, tasks, notes, custom
 * records) in ONE Salesforce API call; describes come from their own cached queries.
 */
export function senderPanelQueryOptions(input: SenderPanelQueryInput) {
  // The client belongs to orgKey and layoutFor's answers to layoutKey: the key names them, not their objects.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['salesforce', input.orgKey, 'sender-panel', subjectKey(input.subject), input.layoutKey] as const,
    queryFn: ({ client: queryClient }) => fetchSenderPanel(queryClient, input),
    enabled: input.enabled ?? true,
    retry: shouldRetry,
  });
}
