// Consumer mailbox providers: a sender's domain here says nothing about their company, so no Account is
// looked up or suggested by it. Providers that register one domain per country are matched by their first label below.
const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com',
  'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com', 'windowslive.com',
  'icloud.com', 'me.com', 'mac.com',
  'ymail.com', 'rocketmail.com',
  'aol.com', 'aim.com',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me',
  'tutanota.com', 'tutanota.de', 'tuta.io', 'tuta.com',
  'zoho.com', 'zohomail.com', 'fastmail.com', 'fastmail.fm', 'hey.com',
  'mail.com', 'email.com', 'inbox.com', 'hushmail.com',
  'web.de', 't-online.de', 'freenet.de', 'posteo.de', 'mailbox.org',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr',
  'libero.it', 'virgilio.it', 'tiscali.it',
  'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl',
  'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru',
  'qq.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sohu.com', 'aliyun.com',
  'naver.com', 'daum.net', 'hanmail.net',
  'rediffmail.com',
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net', 'charter.net',
  'btinternet.com', 'sky.com', 'virginmedia.com', 'ntlworld.com', 'talktalk.net',
  'shaw.ca', 'rogers.com', 'sympatico.ca',
  'bigpond.com', 'optusnet.com.au',
]);

// yahoo.co.uk, hotmail.fr, gmx.net, yandex.ru, outlook.de, live.co.uk, aol.de…
const FREE_MAIL_FAMILIES: ReadonlySet<string> = new Set(['yahoo', 'hotmail', 'outlook', 'live', 'gmx', 'yandex', 'aol']);

export function isFreeMailDomain(domain: string): boolean {
  const normalised = domain.trim().toLowerCase().replace(/\.$/, '');
  if (FREE_MAIL_DOMAINS.has(normalised)) return true;
  const [first, ...rest] = normalised.split('.');
  return rest.length > 0 && first !== undefined && FREE_MAIL_FAMILIES.has(first);
}
