import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';

type Fields = Record<string, unknown>;

// Salesforce's standard lead field mapping (lead field → target field), used when converting.
const TO_ACCOUNT: Array<[string, string]> = [
  ['Company', 'Name'], ['Phone', 'Phone'], ['Fax', 'Fax'], ['Website', 'Website'], ['Industry', 'Industry'],
  ['AnnualRevenue', 'AnnualRevenue'], ['NumberOfEmployees', 'NumberOfEmployees'], ['Rating', 'Rating'],
  ['LeadSource', 'AccountSource'], ['Street', 'BillingStreet'], ['City', 'BillingCity'], ['State', 'BillingState'],
  ['PostalCode', 'BillingPostalCode'], ['Country', 'BillingCountry'],
];

const TO_CONTACT: Array<[string, string]> = [
  ['Salutation', 'Salutation'], ['FirstName', 'FirstName'], ['LastName', 'LastName'], ['Title', 'Title'],
  ['Email', 'Email'], ['Phone', 'Phone'], ['MobilePhone', 'MobilePhone'], ['Fax', 'Fax'],
  ['Description', 'Description'], ['LeadSource', 'LeadSource'], ['HasOptedOutOfEmail', 'HasOptedOutOfEmail'],
  ['DoNotCall', 'DoNotCall'], ['HasOptedOutOfFax', 'HasOptedOutOfFax'], ['Street', 'MailingStreet'],
  ['City', 'MailingCity'], ['State', 'MailingState'], ['PostalCode', 'MailingPostalCode'], ['Country', 'MailingCountry'],
];

const TO_OPPORTUNITY: Array<[string, string]> = [['LeadSource', 'LeadSource']];

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** The lead's mapped values that the target object actually describes. */
function mapped(org: FakeOrg, lead: StoredRecord, target: string, mapping: Array<[string, string]>): Fields {
  const out: Fields = {};
  for (const [from, to] of mapping) {
    if (!isEmpty(lead[from]) && org.metadata.field(target, to)) out[to] = lead[from];
  }
  return out;
}

/** The lead's name, used where Salesforce falls back to it (an account or opportunity with no company). */
export function leadName(lead: StoredRecord): string {
  return [lead.FirstName, lead.LastName].filter((part) => typeof part === 'string' && part !== '').join(' ');
}

export function accountFromLead(org: FakeOrg, lead: StoredRecord): Fields {
  const fields = mapped(org, lead, 'Account', TO_ACCOUNT);
  if (isEmpty(fields.Name)) fields.Name = leadName(lead);
  return fields;
}

export function contactFromLead(org: FakeOrg, lead: StoredRecord): Fields {
  return mapped(org, lead, 'Contact', TO_CONTACT);
}

export function opportunityFromLead(org: FakeOrg, lead: StoredRecord): Fields {
  return mapped(org, lead, 'Opportunity', TO_OPPORTUNITY);
}

/**
 * What merging lead values into an existing record changes: only its empty fields (checkboxes are
 * never empty), plus the fields the caller forces, as convertLead does with overwriteLeadSource.
 */
export function mergeIntoExisting(existing: StoredRecord, values: Fields, forced: string[] = []): Fields {
  const changes: Fields = {};
  for (const [name, value] of Object.entries(values)) {
    if (forced.includes(name) || (isEmpty(existing[name]) && typeof value !== 'boolean')) changes[name] = value;
  }
  return changes;
}
