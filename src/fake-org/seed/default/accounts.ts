import type { SeedRecord } from '../seed-format';

type AccountRow = [
  key: string, name: string, website: string, industry: string, phone: string,
  city: string, state: string | null, country: string, type: string, revenue: number, employees: number,
];

// Websites are written the many ways admins type them (with and without scheme, "www." or a path), so
// matching a sender's domain to an Account has to normalise them. Every domain is under the reserved
// .example TLD, so no link in the demo reaches a real company.
const ACCOUNTS: AccountRow[] = [
  ['acme', 'Acme Robotics', 'https://www.acme.example', 'Manufacturing', '(415) 555-0100', 'San Francisco', 'CA', 'United States', 'Customer - Direct', 48_000_000, 320],
  ['brightwave', 'Brightwave Media', 'https://brightwave.example', 'Media', '(323) 555-0142', 'Los Angeles', 'CA', 'United States', 'Customer - Channel', 12_500_000, 85],
  ['cobalt', 'Cobalt Financial Group', 'https://www.cobaltfinancial.example', 'Finance', '(212) 555-0187', 'New York', 'NY', 'United States', 'Prospect', 230_000_000, 1200],
  ['driftwood', 'Driftwood Hotels & Resorts', 'driftwood.example', 'Hospitality', '(305) 555-0119', 'Miami', 'FL', 'United States', 'Customer - Direct', 36_000_000, 540],
  ['evergreen', 'Evergreen Energy Co-op', 'https://evergreen-energy.example/', 'Energy', '(720) 555-0163', 'Denver', 'CO', 'United States', 'Customer - Direct', 19_000_000, 140],
  ['fjord', 'Fjord Shipping AS', 'https://www.fjordshipping.example', 'Shipping', '+47 22 55 01 23', 'Oslo', null, 'Norway', 'Customer - Direct', 87_000_000, 410],
  ['granite', 'Granite Peak Construction', 'http://granitepeak.example', 'Construction', '(206) 555-0175', 'Seattle', 'WA', 'United States', 'Prospect', 64_000_000, 380],
  ['helix', 'Helix Biotherapeutics', 'https://www.helixbio.example', 'Biotechnology', '(858) 555-0138', 'San Diego', 'CA', 'United States', 'Prospect', 9_800_000, 60],
  ['ironclad', 'Ironclad Mutual Insurance', 'https://ironclad.example', 'Insurance', '(860) 555-0104', 'Hartford', 'CT', 'United States', 'Customer - Direct', 410_000_000, 2300],
  ['juniper', 'Juniper Telecom', 'https://www.junipertel.example', 'Telecommunications', '(214) 555-0196', 'Dallas', 'TX', 'United States', 'Channel Partner / Reseller', 150_000_000, 900],
  ['kestrel', 'Kestrel Advisory Ltd', 'https://www.kestrel.example/en-gb', 'Consulting', '+44 20 7946 0000', 'London', null, 'United Kingdom', 'Customer - Direct', 7_200_000, 45],
  ['lumen', 'Lumen Learning Institute', 'https://lumen.example', 'Education', '(416) 555-0150', 'Toronto', 'ON', 'Canada', 'Other', 5_400_000, 210],
  ['mueller', 'Müller Maschinenbau GmbH', 'https://www.mueller-maschinenbau.example', 'Machinery', '+49 711 555 0134', 'Stuttgart', null, 'Germany', 'Customer - Direct', 56_000_000, 470],
  ['nimbus', 'Nimbus Cloud Services', 'https://nimbuscloud.example', 'Technology', '(503) 555-0122', 'Portland', 'OR', 'United States', 'Technology Partner', 31_000_000, 190],
  ['orchard', 'Orchard Fresh Foods', 'https://www.orchardfoods.example', 'Food & Beverage', '(916) 555-0181', 'Sacramento', 'CA', 'United States', 'Customer - Direct', 22_000_000, 260],
  ['pinnacle', 'Pinnacle Outfitters', 'https://pinnacle-outfitters.example', 'Retail', '(404) 555-0117', 'Atlanta', 'GA', 'United States', 'Prospect', 14_000_000, 130],
  ['quantum', 'Quantum Analytics Lab', 'https://www.quantumanalytics.example', 'Technology', '(617) 555-0129', 'Boston', 'MA', 'United States', 'Prospect', 3_100_000, 25],
  ['sakura', 'Sakura Trading KK', 'https://www.sakura-trading.example', 'Transportation', '+81 3 5555 0142', 'Tokyo', null, 'Japan', 'Customer - Channel', 73_000_000, 350],
  ['solera', 'Solera Consultores SL', 'https://solera.example', 'Consulting', '+34 91 555 0188', 'Madrid', null, 'Spain', 'Customer - Direct', 4_600_000, 30],
];

/** Account refs are "acct.<key>". */
export function accounts(): SeedRecord[] {
  return ACCOUNTS.map(([key, name, website, industry, phone, city, state, country, type, revenue, employees], index) => ({
    ref: `acct.${key}`,
    Name: name,
    Website: website,
    Industry: industry,
    Phone: phone,
    BillingCity: city,
    BillingState: state,
    BillingCountry: country,
    Type: type,
    AnnualRevenue: revenue,
    NumberOfEmployees: employees,
    OwnerId: index % 3 === 0 ? '@user.avery' : '@user.jordan',
  }));
}
