import { childRecords, type CompositeResult, type QueryResultBody, type SfRecord } from '../../salesforce';
import type { DescribeMap } from './describe-queries';
import { websiteMatchesDomain } from '../../lib/email-domain';
import { normalizedAddress } from './base-address';
import { emailFieldNames, phoneFieldNames } from './match-conditions';
import type { PanelPart, PanelPlan, PlannedQuery } from './panel-plan';
import type { PhoneNumbers } from './phone-numbers';
import type { BaseMatch, RecordBundle, SenderPanel } from './sender-panel';
import type { Subject } from './subject';

export type PanelResults = readonly CompositeResult<QueryResultBody<SfRecord>>[];

// Domain accounts are a hint for unknown senders: without them the panel still has something true to show.
const OPTIONAL_PARTS: ReadonlySet<PanelPart> = new Set(['domainAccounts']);

function toBundle(planned: PlannedQuery, record: SfRecord): RecordBundle {
  const childNames = new Set(planned.related.map((spec) => spec.relationshipName));
  const own = Object.fromEntries(Object.entries(record).filter(([key]) => !childNames.has(key))) as SfRecord;
  const related = planned.related.map(({ shown, ...spec }) => {
    const records = childRecords(record, spec.relationshipName);
    return { ...spec, records: records.slice(0, shown), hasMore: records.length > shown };
  });
  return { sobject: planned.sobject, record: own, related };
}

function bundlesByPart(plan: PanelPlan, results: PanelResults): Map<PanelPart, RecordBundle[]> {
  const byPart = new Map<PanelPart, RecordBundle[]>();
  plan.queries.forEach((planned, index) => {
    const result = results[index];
    if (!result?.ok) {
      if (OPTIONAL_PARTS.has(planned.part)) return;
      throw result?.error ?? new Error(`No result for ${planned.part}`);
    }
    byPart.set(planned.part, result.body.records.map((record) => toBundle(planned, record)));
  });
  return byPart;
}

/** Phone LIKE patterns over-match; a person is kept only if one of their numbers IS the sender's number. */
function hasNumber(bundle: RecordBundle, e164: string, input: ReadPanelInput): boolean {
  const describe = input.describes[bundle.sobject];
  if (!describe || !input.phoneNumbers) return false;
  const { toE164 } = input.phoneNumbers;
  return phoneFieldNames(describe).some((name) => {
    const value = bundle.record[name];
    return typeof value === 'string' && toE164(value, input.defaultCountry) === e164;
  });
}

/** True when the person came back for the base address alone: none of their emails is the sender's own. */
function onlyByBase(bundle: RecordBundle, exact: string, base: string, input: ReadPanelInput): boolean {
  const describe = input.describes[bundle.sobject];
  const emails = (describe ? emailFieldNames(describe) : []).flatMap((name) => {
    const value = bundle.record[name];
    return typeof value === 'string' ? [normalizedAddress(value)] : [];
  });
  return emails.includes(base) && !emails.includes(exact);
}

interface People {
  readonly people: RecordBundle[];
  readonly baseMatch?: BaseMatch;
}

const contactsWin = (contacts: RecordBundle[], leads: RecordBundle[]) => (contacts.length > 0 ? contacts : leads);

/** Contacts win over Leads, and anyone using the exact address wins over anyone using only its base. */
function choosePeople(contacts: RecordBundle[], leads: RecordBundle[], input: ReadPanelInput): People {
  const { subject, plan } = input;
  const base = plan.baseAddress;
  if (subject.kind !== 'email' || !base) return { people: contactsWin(contacts, leads) };
  const exact = normalizedAddress(subject.email);
  const matching = (byBase: boolean) => (bundles: RecordBundle[]) => bundles.filter((bundle) => onlyByBase(bundle, exact, base, input) === byBase);
  const [exactly, byBase] = [matching(false), matching(true)];
  const people = contactsWin(exactly(contacts), exactly(leads));
  const basePeople = contactsWin(byBase(contacts), byBase(leads));
  return people.length === 0 && basePeople.length > 0 ? { people, baseMatch: { address: base, people: basePeople } } : { people };
}

function byId(bundles: readonly RecordBundle[]): Record<string, RecordBundle> {
  return Object.fromEntries(bundles.flatMap((bundle) => (typeof bundle.record.Id === 'string' ? [[bundle.record.Id, bundle]] : [])));
}

export interface ReadPanelInput {
  readonly subject: Subject;
  readonly plan: PanelPlan;
  readonly results: PanelResults;
  readonly describes: DescribeMap;
  readonly defaultCountry: string | undefined;
  /** Needed to confirm a phone subject's matches: without them, none is confirmed. */
  readonly phoneNumbers?: PhoneNumbers;
}

/** The composite's answers as the panel's model. A failed required part throws its SalesforceError. */
export function readPanel(input: ReadPanelInput): SenderPanel {
  const { subject, plan, results, describes } = input;
  const parts = bundlesByPart(plan, results);
  const confirmed = (bundles: RecordBundle[] | undefined) =>
    subject.kind === 'phone' ? (bundles ?? []).filter((bundle) => hasNumber(bundle, subject.e164, input)) : (bundles ?? []);
  const contacts = confirmed(parts.get('contacts'));
  const { people, baseMatch } = choosePeople(contacts, confirmed(parts.get('leads')), input);
  let accounts = parts.get('accounts') ?? [];
  if (subject.kind === 'phone') {
    const confirmedAccountIds = new Set(contacts.map((contact) => contact.record.AccountId));
    accounts = accounts.filter((account) => confirmedAccountIds.has(account.record.Id));
  }
  const domain = plan.domain;
  const domainAccounts = domain ? (parts.get('domainAccounts') ?? []).filter((bundle) => websiteMatchesDomain(bundle.record.Website, domain)) : [];
  const opportunity = parts.get('opportunity')?.[0];
  return { subject, people, ...(baseMatch && { baseMatch }), accountsById: byId(accounts), domainAccounts, ...(opportunity && { opportunity }), describes: { ...describes } };
}
