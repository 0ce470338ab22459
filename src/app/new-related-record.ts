import type { RelatedSet } from '../features/matching';
import type { SfRecord, SObjectDescribe } from '../salesforce';

interface Parent {
  readonly sobject: string;
  readonly id: string;
  readonly name: string;
  readonly record: SfRecord;
}

export interface NewRecordDefaults {
  readonly defaults: Record<string, unknown>;
  readonly lookupNames: Record<string, string>;
}

function accountOf(record: SfRecord): { id: string; name?: string } | undefined {
  const id = record.AccountId;
  if (typeof id !== 'string') return undefined;
  const account = record.Account;
  const name = account && typeof account === 'object' && 'Name' in account && typeof account.Name === 'string' ? account.Name : undefined;
  return { id, name };
}

/**
 * A new record for a related list, prefilled with its parent through the list's own lookup (a Contact's Case
 * gets ContactId, an Account's Opportunity AccountId, a custom child its lookup). A Contact's Case or Task is
 * also linked to the Contact's Account, as Salesforce's own quick actions do.
 */
export function newRelatedRecord(parentDescribe: SObjectDescribe, parent: Parent, related: RelatedSet): NewRecordDefaults | undefined {
  const relationship = parentDescribe.childRelationships.find((item) => item.relationshipName === related.relationshipName);
  if (!relationship) return undefined;
  const defaults: Record<string, unknown> = { [relationship.field]: parent.id };
  const lookupNames: Record<string, string> = { [relationship.field]: parent.name };
  const account = parent.sobject === 'Contact' ? accountOf(parent.record) : undefined;
  if (account) {
    const accountField = related.sobject === 'Task' ? 'WhatId' : related.sobject === 'Case' ? 'AccountId' : undefined;
    if (accountField) {
      defaults[accountField] = account.id;
      if (account.name) lookupNames[accountField] = account.name;
    }
  }
  return { defaults, lookupNames };
}
