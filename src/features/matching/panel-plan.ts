import { c, compositeQuery, type CompositeSubrequest, type Condition, displaySelect, likePattern, type QueryResultBody, type SfRecord, type SObjectDescribe, soql } from '../../salesforce';
import { requireDescribe, type DescribeMap } from './describe-queries';
import { companyDomain } from '../../lib/email-domain';
import { baseAddress } from './base-address';
import { emailFieldNames, personMatch, phoneFieldNames } from './match-conditions';
import { relatedLists, type LayoutFor, type RelatedSpec } from './related-lists';
import type { Subject } from './subject';

/** The parts of the panel; each is one query subrequest of the composite and its referenceId. */
export type PanelPart = 'contacts' | 'leads' | 'accounts' | 'domainAccounts' | 'opportunity';

export interface PlannedQuery {
  readonly part: PanelPart;
  readonly sobject: string;
  readonly related: readonly RelatedSpec[];
  readonly request: CompositeSubrequest<QueryResultBody<SfRecord>>;
}

export interface PanelPlan {
  readonly queries: readonly PlannedQuery[];
  /** The email's company domain, when Accounts are looked up by website. */
  readonly domain?: string;
  /** The email without its plus tag, when the person queries also look for it. */
  readonly baseAddress?: string;
}

const PEOPLE_LIMIT = 10;
const ACCOUNT_LIMIT = 10;
const DOMAIN_ACCOUNT_LIMIT = 5;

// Selected whatever the layout says: the chooser shows them, and matching reads them after the query.
const IDENTITY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Contact: ['Name', 'Title', 'AccountId'],
  Lead: ['Name', 'Title', 'Company'],
  Account: ['Name', 'Website'],
  Opportunity: ['Name', 'AccountId'],
};

interface PlanInput {
  readonly describes: DescribeMap;
  readonly layoutFor: LayoutFor;
}

function plannedQuery(part: PanelPart, describe: SObjectDescribe, where: Condition, limit: number, input: PlanInput): PlannedQuery {
  const { subqueries, related } = relatedLists(describe, input.describes, input.layoutFor);
  const identity = [...(IDENTITY_FIELDS[describe.name] ?? []), ...emailFieldNames(describe), ...phoneFieldNames(describe)];
  let query = soql.select([...displaySelect(describe, [...input.layoutFor(describe), ...identity]), ...subqueries]).from(describe.name).where(where);
  if (describe.fields.some((field) => field.name === 'LastModifiedDate')) query = query.orderBy('LastModifiedDate', 'DESC');
  return { part, sobject: describe.name, related, request: compositeQuery(part, query.limit(limit)) };
}

function accountsOf(sobject: string, where: Condition) {
  return c.inQuery('Id', soql.select(['AccountId']).from(sobject).where(where));
}

function senderQueries(subject: Subject & { kind: 'email' | 'phone' }, input: PlanInput): PlannedQuery[] {
  const contact = requireDescribe(input.describes, 'Contact');
  const lead = requireDescribe(input.describes, 'Lead');
  const account = requireDescribe(input.describes, 'Account');
  const contactMatch = personMatch(contact, subject);
  const leadMatch = personMatch(lead, subject);
  const unconverted = lead.fields.some((field) => field.name === 'IsConverted') ? [c.eq('IsConverted', false)] : [];
  const queries: PlannedQuery[] = [];
  if (contactMatch) {
    queries.push(plannedQuery('contacts', contact, contactMatch, PEOPLE_LIMIT, input));
    queries.push(plannedQuery('accounts', account, accountsOf('Contact', contactMatch), ACCOUNT_LIMIT, input));
  }
  if (leadMatch) queries.push(plannedQuery('leads', lead, c.and(...unconverted, leadMatch), PEOPLE_LIMIT, input));
  return queries;
}

function domainQuery(domain: string, input: PlanInput): PlannedQuery {
  const account = requireDescribe(input.describes, 'Account');
  return plannedQuery('domainAccounts', account, c.like('Website', likePattern.contains(domain)), DOMAIN_ACCOUNT_LIMIT, input);
}

function recordQueries(subject: Subject & { kind: 'record' }, input: PlanInput): PlannedQuery[] {
  const byId = c.eq('Id', subject.id);
  const account = requireDescribe(input.describes, 'Account');
  switch (subject.sobject) {
    case 'Contact':
      return [
        plannedQuery('contacts', requireDescribe(input.describes, 'Contact'), byId, 1, input),
        plannedQuery('accounts', account, accountsOf('Contact', byId), 1, input),
      ];
    case 'Lead':
      return [plannedQuery('leads', requireDescribe(input.describes, 'Lead'), byId, 1, input)];
    case 'Account':
      return [plannedQuery('accounts', account, byId, 1, input)];
    case 'Opportunity':
      return [
        plannedQuery('opportunity', requireDescribe(input.describes, 'Opportunity'), byId, 1, input),
        plannedQuery('accounts', account, accountsOf('Opportunity', byId), 1, input),
      ];
    default:
      throw new Error(`The panel cannot open a ${subject.sobject} record`);
  }
}

/**
 * The query subrequests of the one composite call that fills the panel: at most four of Salesforce's five
 * queries per composite, each carrying its related lists as child subqueries.
 */
export function planPanel(subject: Subject, input: PlanInput): PanelPlan {
  if (subject.kind === 'record') return { queries: recordQueries(subject, input) };
  const queries = senderQueries(subject, input);
  if (subject.kind !== 'email') return { queries };
  // The tag sits in the local part, so the base address shares the domain: the Account lookup needs nothing new.
  const domain = companyDomain(subject.email);
  const base = baseAddress(subject.email);
  return { queries: domain ? [...queries, domainQuery(domain, input)] : queries, ...(domain && { domain }), ...(base && { baseAddress: base }) };
}
