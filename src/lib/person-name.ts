/**
 * "Maya Chen" -> Maya / Chen; "Jean-Luc de la Tour" -> Jean-Luc / de la Tour. Salesforce requires LastName,
 * so a single word is the last name.
 */
export function splitPersonName(fullName: string): { firstName: string; lastName: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { firstName: '', lastName: words[0] ?? '' };
  const [first, ...rest] = words;
  return { firstName: first ?? '', lastName: rest.join(' ') };
}

/** A company name guessed from an email domain: "brightwave-media.example" -> "Brightwave Media". */
export function companyFromDomain(domain: string): string {
  const [label = ''] = domain.toLowerCase().split('.');
  return label
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
