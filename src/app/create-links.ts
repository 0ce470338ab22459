import type { Subject } from '../features/matching';
import { lightningNewRecordUrl } from '../features/records';
import { companyFromDomain, splitPersonName } from '../lib/person-name';

/**
 * Until the panel has its own create forms, "Create Contact" / "Create Lead" open Salesforce's new-record
 * page prefilled from the conversation; a Lead's company is the Account matched by domain when there is one.
 */
export function newPersonUrl(instanceUrl: string, sobject: 'Contact' | 'Lead', subject: Subject, knownCompany?: string): string {
  const { firstName, lastName } = splitPersonName(subject.name ?? '');
  const defaults: Record<string, string> = {};
  if (firstName) defaults.FirstName = firstName;
  if (lastName) defaults.LastName = lastName;
  if (subject.kind === 'email') {
    defaults.Email = subject.email;
    const domain = subject.email.split('@')[1];
    if (sobject === 'Lead' && (knownCompany ?? domain)) defaults.Company = knownCompany ?? companyFromDomain(domain ?? '');
  }
  if (subject.kind === 'phone') defaults.Phone = subject.e164;
  return lightningNewRecordUrl(instanceUrl, sobject, defaults);
}
