import { companyDomain } from '../../lib/email-domain';
import { companyFromDomain, splitPersonName } from '../../lib/person-name';

/** Who a conversation is with, as far as Front knows. */
export interface PersonSubject {
  readonly email?: string;
  readonly phone?: string;
  readonly name?: string;
}

/**
 * A new Contact's or Lead's fields from the conversation: the email (or else the phone), the name split
 * into first and last, and a Lead's company: the matched account's name, or a guess from the email's domain
 * (none from a free-mail domain: gmail.com is nobody's company).
 */
export function prefillForPerson(sobject: 'Contact' | 'Lead', subject: PersonSubject, knownCompany?: string): Record<string, string> {
  const defaults: Record<string, string> = {};
  const { firstName, lastName } = splitPersonName(subject.name ?? '');
  if (firstName) defaults.FirstName = firstName;
  if (lastName) defaults.LastName = lastName;
  if (subject.email) defaults.Email = subject.email;
  else if (subject.phone) defaults.Phone = subject.phone;
  if (sobject === 'Lead') {
    const domain = subject.email ? companyDomain(subject.email) : undefined;
    const company = knownCompany ?? (domain ? companyFromDomain(domain) : '');
    if (company) defaults.Company = company;
  }
  return defaults;
}
