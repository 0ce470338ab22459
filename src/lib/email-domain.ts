import { isFreeMailDomain } from './free-mail';

const EMAIL = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** The lowercased domain of an address, or undefined when the text is not one. */
export function emailDomain(email: string): string | undefined {
  return EMAIL.exec(email.trim())?.[1]?.toLowerCase().replace(/\.$/, '');
}

/** The domain an Account lookup can use: none for free mail, where the domain says nothing about the company. */
export function companyDomain(email: string): string | undefined {
  const domain = emailDomain(email);
  return domain && !isFreeMailDomain(domain) ? domain : undefined;
}

// Admins type websites every way ("acme.example", "https://www.acme.example/en-gb"), so only the host counts.
export function websiteHost(website: string): string | undefined {
  const trimmed = website.trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    return url.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** True when the website is the domain itself or one of its subdomains (not merely a name containing it). */
export function websiteMatchesDomain(website: unknown, domain: string): boolean {
  if (typeof website !== 'string') return false;
  const host = websiteHost(website);
  return host !== undefined && (host === domain || host.endsWith(`.${domain}`));
}
