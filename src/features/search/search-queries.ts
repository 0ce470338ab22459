import { queryOptions } from '@tanstack/react-query';
import { c, sosl, type SalesforceClient } from '../../salesforce';
import { SEARCH_OBJECTS, searchHitSchema, type SearchHit, type SearchObject } from './search-hit';
import { isSearchable, normaliseSearchText, typeaheadTerm } from './search-term-text';

// A handful per object keeps the dropdown short enough to scan in a narrow sidebar.
export const HITS_PER_OBJECT = 5;

export const searchKeys = {
  all: (orgKey: string) => ['salesforce', orgKey, 'search'] as const,
  term: (orgKey: string, text: string) => [...searchKeys.all(orgKey), text] as const,
};

/** Hits grouped by object, in the dropdown's order; objects without hits are left out. */
export type SearchResults = readonly { readonly sobject: SearchObject; readonly hits: readonly SearchHit[] }[];

function typeaheadSearch(text: string) {
  return sosl
    .find(typeaheadTerm(text))
    .in('ALL')
    .returning('Contact', { fields: ['Id', 'Name', 'Email', 'Title', 'Account.Name'], limit: HITS_PER_OBJECT })
    .returning('Lead', { fields: ['Id', 'Name', 'Email', 'Company'], where: c.eq('IsConverted', false), limit: HITS_PER_OBJECT })
    .returning('Account', { fields: ['Id', 'Name', 'Website', 'BillingCity'], limit: HITS_PER_OBJECT })
    .returning('Opportunity', { fields: ['Id', 'Name', 'StageName', 'Account.Name'], limit: HITS_PER_OBJECT });
}

function groupByObject(hits: readonly SearchHit[]): SearchResults {
  return SEARCH_OBJECTS.map((sobject) => ({ sobject, hits: hits.filter((hit) => hit.sobject === sobject) })).filter(
    (group) => group.hits.length > 0,
  );
}

/** Contacts, unconverted Leads, Accounts and Opportunities matching the text, in one SOSL call. */
export function salesforceSearchQueryOptions({ client, orgKey, term }: { client: SalesforceClient; orgKey: string; term: string }) {
  const text = normaliseSearchText(term);
  return queryOptions({
    queryKey: searchKeys.term(orgKey, text),
    queryFn: async () => groupByObject(await client.search(typeaheadSearch(text), { recordSchema: searchHitSchema })),
    enabled: isSearchable(text),
  });
}
