import type { SfRecord, SObjectDescribe } from '../../salesforce';
import type { Subject } from './subject';

export interface RelatedSet {
  readonly relationshipName: string;
  readonly sobject: string;
  /** "Open Cases", "Recent Tasks", "Notes", "Support Plans"… */
  readonly label: string;
  readonly records: SfRecord[];
  /** Salesforce holds more than `records`: the list shows its first few, newest or most relevant first. */
  readonly hasMore: boolean;
}

export interface RecordBundle {
  readonly sobject: string;
  /** The record's own fields (lookups' names nested, e.g. record.Account.Name); related lists are in `related`. */
  readonly record: SfRecord;
  readonly related: RelatedSet[];
}

export interface BaseMatch {
  /** 'maya.chen@acme.example' for a sender 'maya.chen+billing@acme.example'. */
  readonly address: string;
  readonly people: RecordBundle[];
}

/** Everything the panel shows for one sender, from one composite call. */
export interface SenderPanel {
  readonly subject: Subject;
  /** Contacts if any matched (Contacts win), else unconverted Leads. */
  readonly people: RecordBundle[];
  /**
   * When nobody uses the sender's plus-tagged address, the people using it without the tag (Contacts win
   * again): maybe the sender, which only the agent can confirm. Absent when anyone matched exactly.
   */
  readonly baseMatch?: BaseMatch;
  /** Accounts of the matched contacts, or of the record opened from search. */
  readonly accountsById: Record<string, RecordBundle>;
  /** Accounts whose website is the sender's email domain; only meaningful when `people` is empty. */
  readonly domainAccounts: RecordBundle[];
  /** When search opened an Opportunity. */
  readonly opportunity?: RecordBundle;
  /** Every object above, for display. */
  readonly describes: Record<string, SObjectDescribe>;
}
