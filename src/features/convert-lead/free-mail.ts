// The biggest consumer mailbox providers: their domain says nothing about the sender's company, so no Account is
// suggested by it. Deliberately short (the matching feature keeps the full list; features don't share code): a
// provider missing here only costs an irrelevant suggestion the agent can ignore.
const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'msn.com',
  'proton.me', 'protonmail.com', 'pm.me', 'mail.com', 'zoho.com', 'fastmail.com', 'hey.com', 'qq.com', '163.com', 'web.de',
]);

// Providers with one domain per country: yahoo.co.uk, hotmail.fr, gmx.de, yandex.ru, outlook.com, live.co.uk…
const FREE_MAIL_FAMILIES: ReadonlySet<string> = new Set(['yahoo', 'hotmail', 'outlook', 'live', 'gmx', 'yandex']);

export function isFreeMailDomain(domain: string): boolean {
  if (FREE_MAIL_DOMAINS.has(domain)) return true;
  const [first, ...rest] = domain.split('.');
  return rest.length > 0 && first !== undefined && FREE_MAIL_FAMILIES.has(first);
}
