import { queryOptions } from '@tanstack/react-query';
import { compositeQuery, SalesforceError, type CompositeResult, type QueryResultBody, type SalesforceClient } from '../../salesforce';
import { accountSuggestionsQuery, rankSuggestions, type AccountOption, type SuggestionHint } from './account-suggestions';
import {
  accountOptionSchema,
  CONVERTED_STATUSES_QUERY,
  convertedStatusSchema,
  leadQuery,
  leadSchema,
  type ConvertLeadData,
  type LeadToConvert,
} from './convert-lead-data';

export const convertLeadKeys = {
  all: (orgKey: string) => ['salesforce', orgKey, 'convert-lead'] as const,
  lead: (orgKey: string, leadId: string, hint: SuggestionHint) =>
    [...convertLeadKeys.all(orgKey), leadId, hint.company ?? '', hint.email ?? '', hint.website ?? ''] as const,
};

function bodyOf<T>(result: CompositeResult<T>): T {
  if (!result.ok) throw result.error;
  return result.body;
}

// Suggestions only help: when they fail, the agent can still create an Account or search for one.
function suggestionsOf(result: CompositeResult<QueryResultBody<AccountOption>> | undefined): AccountOption[] {
  return result?.ok ? result.body.records : [];
}

function onlyLead(body: QueryResultBody<LeadToConvert>): LeadToConvert {
  const [lead] = body.records;
  if (!lead) throw new SalesforceError({ code: 'NOT_FOUND' });
  return lead;
}

async function loadTogether(client: SalesforceClient, leadId: string, hint: SuggestionHint): Promise<ConvertLeadData> {
  const lead = compositeQuery('lead', leadQuery(leadId), leadSchema);
  const statuses = compositeQuery('statuses', CONVERTED_STATUSES_QUERY, convertedStatusSchema);
  const suggestions = accountSuggestionsQuery(hint);
  const [leadResult, statusResult, suggestionResult] = suggestions
    ? await client.composite([lead, statuses, compositeQuery('accounts', suggestions, accountOptionSchema)])
    : [...(await client.composite([lead, statuses])), undefined];
  return {
    lead: onlyLead(bodyOf(leadResult)),
    statuses: bodyOf(statusResult).records,
    suggestions: rankSuggestions(suggestionsOf(suggestionResult), hint),
  };
}

async function loadConvertLead(client: SalesforceClient, leadId: string, hint: SuggestionHint): Promise<ConvertLeadData> {
  const hinted = Boolean(hint.company || hint.email || hint.website);
  const data = await loadTogether(client, leadId, hint);
  if (hinted || data.lead.converted) return data;
  // Without a hint the Lead itself says what to look for, at the cost of a second call.
  const own: SuggestionHint = { company: data.lead.company, email: data.lead.email, website: data.lead.website };
  const suggestions = accountSuggestionsQuery(own);
  if (!suggestions) return data;
  try {
    const { records } = await client.query(suggestions, { recordSchema: accountOptionSchema });
    return { ...data, suggestions: rankSuggestions(records, own) };
  } catch {
    return data;
  }
}

interface ConvertLeadQueryInput {
  readonly client: SalesforceClient;
  readonly orgKey: string;
  readonly leadId: string;
  readonly hint?: SuggestionHint;
}

/**
 * The Lead, the org's converted statuses and Account suggestions in ONE composite call when the caller knows the
 * Lead's company or email (the panel does). Always fresh: a Lead converted elsewhere must not offer the form.
 */
export function convertLeadQueryOptions({ client, orgKey, leadId, hint = {} }: ConvertLeadQueryInput) {
  // The client belongs to orgKey: the key names the org, not the client object.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: convertLeadKeys.lead(orgKey, leadId, hint),
    queryFn: () => loadConvertLead(client, leadId, hint),
    staleTime: 0,
  });
}
