import { companyDomain, websiteHost, websiteMatchesDomain } from '../../lib/email-domain';
import { c, likePattern, soql, type Condition, type SoqlQuery } from '../../salesforce';

/** What the Account suggestions are looked up by: the Lead's company and its email's (or website's) domain. */
export interface SuggestionHint {
  readonly company?: string | null;
  readonly email?: string | null;
  readonly website?: string | null;
}

// Legal forms and filler words appear in half the company names of an org; matching on them finds everyone.
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'inc', 'incorporated', 'llc', 'llp', 'ltd', 'limited', 'co', 'corp', 'corporation', 'company',
  'plc', 'gmbh', 'ag', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'oy', 'ab', 'pty', 'kk', 'sp', 'group', 'holdings',
]);

// Two words tell companies apart well enough; requiring more misses "Acme Robotics" for "Acme Robotics Europe BV".
const MAX_NAME_WORDS = 2;
export const MAX_SUGGESTIONS = 5;

/** "Stone & Sons Roofing, Inc." -> ['Stone', 'Sons']: the words that identify the company. */
export function significantWords(company: string): string[] {
  // Apostrophes and hyphens belong to words (O'Neil, Co-op); other punctuation separates them.
  return company
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((word) => word.length > 1 && !FILLER_WORDS.has(word.toLowerCase()))
    .slice(0, MAX_NAME_WORDS);
}

/** The company's domains: the email's (unless it is free mail) and the Lead's website's. */
export function companyDomains(hint: SuggestionHint): string[] {
  const domains = [companyDomain(hint.email ?? ''), hint.website ? websiteHost(hint.website) : undefined];
  return [...new Set(domains.filter((domain): domain is string => Boolean(domain)))];
}

function suggestionCondition(hint: SuggestionHint): Condition | undefined {
  const words = significantWords(hint.company ?? '');
  const byName = words.length > 0 ? c.and(...words.map((word) => c.like('Name', likePattern.contains(word)))) : undefined;
  const byWebsite = companyDomains(hint).map((domain) => c.like('Website', likePattern.contains(domain)));
  const conditions = [...(byName ? [byName] : []), ...byWebsite];
  return conditions.length > 0 ? c.or(...conditions) : undefined;
}

export const SUGGESTION_FIELDS = ['Id', 'Name', 'Website', 'BillingCity'] as const;

/** Accounts named like the company or whose website is its domain; undefined when there is nothing to go by. */
export function accountSuggestionsQuery(hint: SuggestionHint): SoqlQuery | undefined {
  const condition = suggestionCondition(hint);
  if (!condition) return undefined;
  // A few more than shown, so the best ones can be ranked to the top.
  return soql.select([...SUGGESTION_FIELDS]).from('Account').where(condition).orderBy('Name').limit(MAX_SUGGESTIONS * 2);
}

export interface AccountOption {
  readonly id: string;
  readonly name: string;
  readonly website?: string | null;
  readonly city?: string | null;
}

/** How sure we are this Account is the Lead's company: 2 = same name or domain, 1 = similar name. */
export function matchStrength(account: AccountOption, hint: SuggestionHint): number {
  const sameName = account.name.trim().toLowerCase() === hint.company?.trim().toLowerCase();
  const sameDomain = companyDomains(hint).some((domain) => websiteMatchesDomain(account.website, domain));
  return sameName || sameDomain ? 2 : 1;
}

/** The best matches first, at most MAX_SUGGESTIONS. */
export function rankSuggestions(accounts: readonly AccountOption[], hint: SuggestionHint): AccountOption[] {
  return [...accounts].sort((a, b) => matchStrength(b, hint) - matchStrength(a, hint)).slice(0, MAX_SUGGESTIONS);
}
