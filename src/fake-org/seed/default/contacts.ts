import type { SeedRecord } from '../seed-format';
import { SEED_PEOPLE as P } from './seed-people';

type ContactRow = [
  key: string, account: string | null, first: string, last: string, title: string, email: string,
  phone: string | null, city: string,
];

// Phones mix the formats people really type; the notable ones come from SEED_PEOPLE.
const CONTACTS: ContactRow[] = [
  ['maya', 'acme', P.rich.firstName, P.rich.lastName, 'VP of Operations', P.rich.email, P.rich.phone, 'San Francisco'],
  ['ravi', 'acme', 'Ravi', 'Shah', 'Procurement Manager', 'ravi.shah@acme.example', '(415) 555-0141', 'San Francisco'],
  ['elena', 'acme', 'Elena', 'Petrova', 'Chief Technology Officer', 'elena.petrova@acme.example', '415 555 0143', 'San Francisco'],
  ['marcus', 'acme', 'Marcus', 'Johnson', 'Facilities Lead', 'marcus.johnson@acme.example', null, 'Oakland'],
  ['sam', 'brightwave', P.contactAndLead.firstName, P.contactAndLead.lastName, 'Creative Director', P.contactAndLead.email, '(323) 555-0148', 'Los Angeles'],
  ['olivia', 'brightwave', 'Olivia', 'Grant', 'Head of Partnerships', 'olivia.grant@brightwave.example', '(323) 555-0152', 'Los Angeles'],
  ['henry', 'cobalt', 'Henry', 'Caldwell', 'Chief Financial Officer', 'henry.caldwell@cobaltfinancial.example', '(212) 555-0190', 'New York'],
  ['aisha', 'cobalt', 'Aisha', 'Bello', 'IT Director', 'aisha.bello@cobaltfinancial.example', '212.555.0193', 'New York'],
  ['carmen', 'driftwood', 'Carmen', 'Ortiz', 'General Manager', 'carmen.ortiz@driftwood.example', '(305) 555-0121', 'Miami'],
  ['nate', 'driftwood', 'Nate', 'Holloway', 'Revenue Manager', 'nate.holloway@driftwood.example', '305-555-0124', 'Miami'],
  ['grace', 'evergreen', P.convertedLead.firstName, P.convertedLead.lastName, 'Program Manager', P.convertedLead.email, '(720) 555-0165', 'Denver'],
  ['tyler', 'evergreen', 'Tyler', 'Brooks', 'Field Engineer', 'tyler.brooks@evergreen-energy.example', '720-555-0168', 'Boulder'],
  ['carlos', 'evergreen', 'Carlos', 'Mendes', 'Independent Grid Consultant', 'carlos@mendes-consulting.example', null, 'Denver'],
  ['ingrid', 'fjord', 'Ingrid', 'Solberg', 'Logistics Director', 'ingrid.solberg@fjordshipping.example', '+47 22 55 01 27', 'Oslo'],
  ['erik', 'fjord', 'Erik', 'Haugen', 'Fleet Manager', 'erik.haugen@fjordshipping.example', '+4722550129', 'Bergen'],
  ['bianca', 'granite', 'Bianca', 'Russo', 'Project Manager', 'bianca.russo@granitepeak.example', '(206) 555-0177', 'Seattle'],
  ['owen', 'granite', 'Owen', 'Mitchell', 'Site Superintendent', 'owen.mitchell@granitepeak.example', null, 'Tacoma'],
  ['hannah', 'helix', 'Hannah', 'Weiss', 'Director of Research', 'hannah.weiss@helixbio.example', '(858) 555-0139', 'San Diego'],
  ['kenji', 'helix', 'Kenji', 'Morita', 'Lab Operations Manager', 'kenji.morita@helixbio.example', '(858) 555-0140', 'San Diego'],
  ['patricia', 'ironclad', 'Patricia', 'Doyle', 'Claims Director', 'patricia.doyle@ironclad.example', '(860) 555-0106', 'Hartford'],
  ['victor', 'ironclad', 'Victor', 'Huang', 'Security Architect', 'victor.huang@ironclad.example', '(860) 555-0108', 'Hartford'],
  ['leah', 'juniper', 'Leah', 'Goldberg', 'Network Operations Manager', 'leah.goldberg@junipertel.example', '(214) 555-0197', 'Dallas'],
  ['samuel', 'juniper', 'Samuel', 'Okafor', 'Procurement Specialist', 'samuel.okafor@junipertel.example', '(214) 555-0198', 'Plano'],
  ['sean', 'kestrel', P.apostrophe.firstName, P.apostrophe.lastName, 'Managing Partner', P.apostrophe.email, P.apostrophe.phone, 'London'],
  ['fiona', 'kestrel', 'Fiona', 'MacLeod', 'Senior Consultant', 'fiona.macleod@kestrel.example', '+44 20 7946 0961', 'London'],
  ['thomas', 'lumen', 'Thomas', 'Reid', 'IT Coordinator', 'thomas.reid@lumen.example', '(416) 555-0153', 'Toronto'],
  ['amara', 'lumen', 'Amara', 'Nwosu', 'Registrar', 'amara.nwosu@lumen.example', '(416) 555-0155', 'Toronto'],
  ['zoe', 'mueller', P.nonAscii.zoe.firstName, P.nonAscii.zoe.lastName, 'Leiterin Einkauf', P.nonAscii.zoe.email, '+49 711 555 0137', 'Stuttgart'],
  ['juergen', 'mueller', 'Jürgen', 'Schäfer', 'Technischer Leiter', 'juergen.schaefer@mueller-maschinenbau.example', '+49 711 555 0139', 'Esslingen'],
  ['priya', 'nimbus', 'Priya', 'Patel', 'Solutions Architect', 'priya.patel@nimbuscloud.example', P.phones.dotted.value, 'Portland'],
  ['ben', 'nimbus', 'Ben', 'Carter', 'Partner Account Manager', 'ben.carter@nimbuscloud.example', '(503) 555-0126', 'Portland'],
  ['dana', 'orchard', 'Dana', P.sharedEmail.lastNames[0], 'Accounts Payable Specialist', P.sharedEmail.email, '(916) 555-0182', 'Sacramento'],
  ['lee', 'orchard', 'Lee', P.sharedEmail.lastNames[1], 'Controller', P.sharedEmail.email, '(916) 555-0184', 'Sacramento'],
  ['rosa', 'orchard', 'Rosa', 'Delgado', 'Purchasing Manager', 'rosa.delgado@orchardfoods.example', '(916) 555-0186', 'Davis'],
  ['morgan', 'pinnacle', 'Morgan', 'Ellis', 'Store Operations Director', 'morgan.ellis@pinnacle-outfitters.example', '(404) 555-0118', 'Atlanta'],
  ['jasmine', 'pinnacle', 'Jasmine', 'Reed', 'E-commerce Manager', 'jasmine.reed@pinnacle-outfitters.example', null, 'Decatur'],
  ['misaki', 'sakura', P.nonAscii.misaki.firstName, P.nonAscii.misaki.lastName, 'Sales Manager', P.nonAscii.misaki.email, '+81 3 5555 0143', 'Tokyo'],
  ['hiroshi', 'sakura', 'Hiroshi', 'Tanaka', 'Import Coordinator', 'hiroshi.tanaka@sakura-trading.example', '+81 3 5555 0145', 'Yokohama'],
  ['jose', 'solera', P.nonAscii.jose.firstName, P.nonAscii.jose.lastName, 'Socio Director', P.nonAscii.jose.email, '+34 91 555 0189', 'Madrid'],
  ['lucia', 'solera', 'Lucía', 'Fernández', 'Consultora Senior', 'lucia.fernandez@solera.example', '+34 91 555 0190', 'Madrid'],
  ['rebecca', null, P.freeMailContact.firstName, P.freeMailContact.lastName, 'Freelance Designer', P.freeMailContact.email, null, 'Oakland'],
  ['wei', 'acme', 'Wei', 'Zhang', 'Robotics Engineer', 'wei.zhang@acme.example', '(415) 555-0147', 'San Jose'],
  ['kofi', 'juniper', 'Kofi', 'Mensah', 'Field Technician', 'kofi.mensah@junipertel.example', null, 'Fort Worth'],
];

const MOBILE: Record<string, string> = { carlos: P.phones.spacedE164.value, rebecca: '(510) 555-0114', maya: '(415) 555-0135' };
const SALUTATION: Record<string, string> = { hannah: 'Dr.', henry: 'Mr.', zoe: 'Ms.' };

/** Contact refs are "contact.<key>". */
export function contacts(): SeedRecord[] {
  return CONTACTS.map(([key, account, first, last, title, email, phone, city], index) => ({
    ref: `contact.${key}`,
    AccountId: account ? `@acct.${account}` : null,
    Salutation: SALUTATION[key] ?? null,
    FirstName: first,
    LastName: last,
    Title: title,
    Email: email,
    Phone: phone,
    MobilePhone: MOBILE[key] ?? null,
    MailingCity: city,
    LeadSource: index % 4 === 0 ? 'Web' : index % 4 === 1 ? 'Partner Referral' : 'Phone Inquiry',
  }));
}
