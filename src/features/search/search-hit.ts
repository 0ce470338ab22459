import { z } from 'zod';

export type SearchObject = 'Contact' | 'Lead' | 'Account' | 'Opportunity';

/** One search result, reduced to what a row of the dropdown shows. */
export interface SearchHit {
  readonly sobject: SearchObject;
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
}

/** The order the dropdown's groups appear in: people first, since that is what agents look for most. */
export const SEARCH_OBJECTS: readonly SearchObject[] = ['Contact', 'Lead', 'Account', 'Opportunity'];

const text = z.string().nullish();
const parentName = z.object({ Name: text }).nullish();

function attributesOf<T extends SearchObject>(sobject: T) {
  return z.looseObject({ type: z.literal(sobject) });
}

function joined(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part?.trim())).join(' · ');
}

// A website reads better without its scheme in a narrow row; the record keeps the full URL.
function bareWebsite(website: string | null | undefined): string | undefined {
  return website?.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

const contactHit = z
  .object({ attributes: attributesOf('Contact'), Id: z.string(), Name: z.string(), Email: text, Title: text, Account: parentName })
  .transform((r): SearchHit => ({ sobject: 'Contact', id: r.Id, title: r.Name, subtitle: joined(r.Email ?? r.Title, r.Account?.Name) }));

const leadHit = z
  .object({ attributes: attributesOf('Lead'), Id: z.string(), Name: z.string(), Email: text, Company: text })
  .transform((r): SearchHit => ({ sobject: 'Lead', id: r.Id, title: r.Name, subtitle: joined(r.Email, r.Company) }));

const accountHit = z
  .object({ attributes: attributesOf('Account'), Id: z.string(), Name: z.string(), Website: text, BillingCity: text })
  .transform((r): SearchHit => ({ sobject: 'Account', id: r.Id, title: r.Name, subtitle: joined(bareWebsite(r.Website), r.BillingCity) }));

const opportunityHit = z
  .object({ attributes: attributesOf('Opportunity'), Id: z.string(), Name: z.string(), StageName: text, Account: parentName })
  .transform((r): SearchHit => ({ sobject: 'Opportunity', id: r.Id, title: r.Name, subtitle: joined(r.StageName, r.Account?.Name) }));

/** A record of the search's RETURNING clause, parsed into a hit. */
export const searchHitSchema = z.union([contactHit, leadHit, accountHit, opportunityHit]);
