import { z } from 'zod';
import { c, likePattern, soql, sosl, type Condition, type FieldDescribe, type SfRecord, type SoqlQuery, type SoslQuery, type SearchTerm } from '../../../salesforce';
import type { LookupOption } from '../../../ui';

// Few enough to scan in a narrow sidebar; the user types more to narrow them down.
export const LOOKUP_LIMIT = 8;

/** How the lookup finds and shows records of one object. */
interface TargetSpec {
  /** The field that names a record (a Case is named by its number). */
  readonly nameField: string;
  readonly detailFields: readonly string[];
  /** People and accounts go through SOSL: its name search splits first and last names and ranks matches. */
  readonly searchBy: 'sosl' | 'soql';
  /** Records that can't be chosen: converted Leads, inactive Users. */
  readonly where?: Condition;
  /** Fields also searched with "contains" by SOQL, such as a Case's subject. */
  readonly alsoContains?: string;
}

const TARGETS: Readonly<Record<string, TargetSpec>> = {
  Contact: { nameField: 'Name', detailFields: ['Email', 'Account.Name'], searchBy: 'sosl' },
  Lead: { nameField: 'Name', detailFields: ['Email', 'Company'], searchBy: 'sosl', where: c.eq('IsConverted', false) },
  Account: { nameField: 'Name', detailFields: ['Website', 'BillingCity'], searchBy: 'sosl' },
  User: { nameField: 'Name', detailFields: ['Email'], searchBy: 'sosl', where: c.eq('IsActive', true) },
  Opportunity: { nameField: 'Name', detailFields: ['StageName', 'Account.Name'], searchBy: 'soql' },
  Case: { nameField: 'CaseNumber', detailFields: ['Subject'], searchBy: 'soql', alsoContains: 'Subject' },
};

const CUSTOM_TARGET: TargetSpec = { nameField: 'Name', detailFields: [], searchBy: 'soql' };

// The objects the panel shows, in the order a polymorphic lookup offers them; custom objects follow.
const KNOWN_ORDER = ['Contact', 'Lead', 'Account', 'Opportunity', 'Case', 'User'];
const isCustom = (sobject: string) => sobject.endsWith('__c');

function specOf(sobject: string): TargetSpec {
  return TARGETS[sobject] ?? CUSTOM_TARGET;
}

/**
 * The objects a lookup field lets the user pick from. A polymorphic one (WhatId, OwnerId) is limited to the
 * objects the panel knows and custom objects, so OwnerId offers Users and not Queues.
 */
export function lookupTargets(field: FieldDescribe): string[] {
  if (field.referenceTo.length <= 1) return [...field.referenceTo];
  const known = KNOWN_ORDER.filter((sobject) => field.referenceTo.includes(sobject));
  const custom = field.referenceTo.filter(isCustom).sort();
  const offered = [...known, ...custom];
  return offered.length > 0 ? offered : [...field.referenceTo];
}

/** "Account_Service_Request__c" → "Account Service Request"; a managed package's prefix is left out. */
export function objectLabel(sobject: string): string {
  if (!isCustom(sobject)) return sobject;
  const bare = sobject.slice(0, -3).split('__').at(-1) ?? sobject;
  return bare.replaceAll('_', ' ');
}

const KEY_PREFIXES: Readonly<Record<string, string>> = { '003': 'Contact', '00Q': 'Lead', '001': 'Account', '005': 'User', '006': 'Opportunity', '500': 'Case' };

/** The object a record id belongs to, among `targets`, read from its key prefix when it is a standard one. */
export function targetOfId(id: string, targets: readonly string[]): string | undefined {
  const sobject = KEY_PREFIXES[id.slice(0, 3)];
  return sobject && targets.includes(sobject) ? sobject : undefined;
}

export function lookupSearch(sobject: string, term: SearchTerm): SoslQuery {
  const spec = specOf(sobject);
  return sosl
    .find(term)
    .in('NAME')
    .returning(sobject, { fields: ['Id', spec.nameField, ...spec.detailFields], where: spec.where, limit: LOOKUP_LIMIT });
}

export function lookupQuery(sobject: string, text: string): SoqlQuery {
  const spec = specOf(sobject);
  const byName = c.like(spec.nameField, likePattern.startsWith(text));
  const matches = spec.alsoContains ? c.or(byName, c.like(spec.alsoContains, likePattern.contains(text))) : byName;
  const query = soql.select(['Id', spec.nameField, ...spec.detailFields]).from(sobject).where(matches);
  return (spec.where ? query.where(spec.where) : query).orderBy(spec.nameField).limit(LOOKUP_LIMIT);
}

export function searchesWithSosl(sobject: string): boolean {
  return specOf(sobject).searchBy === 'sosl';
}

const fieldText = z.union([z.string(), z.number()]).nullish();
const parentName = z.looseObject({ Name: z.string().nullish() }).nullish();

function valueAt(record: SfRecord, path: string): string | undefined {
  const [head = '', tail] = path.split('.');
  const value = tail ? parentName.parse(record[head])?.Name : fieldText.parse(record[head]);
  return value === null || value === undefined || value === '' ? undefined : String(value);
}

/** A record of the lookup's search, as an option: its name, and its details joined on a second line. */
export function toLookupOption(sobject: string, record: SfRecord): LookupOption {
  const spec = specOf(sobject);
  const id = z.string().parse(record.Id);
  const details = spec.detailFields.map((path) => valueAt(record, path)).filter((value) => value !== undefined);
  return { id, name: valueAt(record, spec.nameField) ?? id, ...(details.length > 0 && { detail: details.join(' · ') }) };
}
