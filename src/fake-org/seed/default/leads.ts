import type { SeedRecord } from '../seed-format';
import type { SeedCalendar } from './calendar';
import { SEED_PEOPLE as P } from './seed-people';

type LeadRow = [
  key: string, first: string, last: string, company: string, title: string, email: string, phone: string | null,
  status: string, industry: string | null, city: string, country: string,
];

const OPEN = 'Open - Not Contacted';
const WORKING = 'Working - Contacted';
const NOT_CONVERTED = 'Closed - Not Converted';

const LEADS: LeadRow[] = [
  ['sam', P.contactAndLead.firstName, P.contactAndLead.lastName, P.contactAndLead.account, 'Creative Director', P.contactAndLead.email, '(323) 555-0148', WORKING, 'Media', 'Los Angeles', 'United States'],
  ['lukasz', P.nonAscii.lukasz.firstName, P.nonAscii.lukasz.lastName, 'Wisła Software sp. z o.o.', 'CTO', P.nonAscii.lukasz.email, '+48 12 555 0147', OPEN, 'Technology', 'Kraków', 'Poland'],
  ['tom', P.freeMailLead.firstName, P.freeMailLead.lastName, 'Tom Baker Builds', 'Owner', P.freeMailLead.email, '(510) 555-0166', OPEN, 'Construction', 'Berkeley', 'United States'],
  ['derek', 'Derek', P.phones.dashed.lastName, 'Stone & Sons Roofing', 'Owner', 'derek@stoneandsons.example', P.phones.dashed.value, WORKING, 'Construction', 'San Mateo', 'United States'],
  ['francois', 'François', 'Lefèvre', 'Atelier Lumière', 'Directeur artistique', 'francois.lefevre@atelier-lumiere.example', '+33 1 55 55 01 42', OPEN, 'Media', 'Paris', 'France'],
  ['hoa', 'Hoa', 'Nguyễn', 'Saigon Coffee Roasters', 'Founder', 'hoa@saigoncoffee.example', '+84 28 5555 0123', WORKING, 'Food & Beverage', 'Ho Chi Minh City', 'Vietnam'],
  ['gary', 'Gary', 'Whitman', 'Whitman Hardware', 'Store Manager', 'gary@whitmanhardware.example', '(541) 555-0110', NOT_CONVERTED, 'Retail', 'Eugene', 'United States'],
  ['mia', 'Mia', 'Thompson', 'Harbor Light Dental', 'Practice Manager', 'mia.thompson@harborlightdental.example', '(207) 555-0131', OPEN, 'Healthcare', 'Portland', 'United States'],
  ['ethan', 'Ethan', 'Wright', 'Summit Peak Outdoor', 'Buyer', 'ethan@summitpeak.example', '(801) 555-0144', WORKING, 'Retail', 'Salt Lake City', 'United States'],
  ['chloe', 'Chloe', 'Adams', 'Bluebird Analytics', 'Data Lead', 'chloe.adams@bluebird-analytics.example', null, OPEN, 'Technology', 'Austin', 'United States'],
  ['lucas', 'Lucas', 'Martin', 'Redwood Legal LLP', 'Office Administrator', 'lmartin@redwoodlegal.example', '(707) 555-0158', WORKING, 'Other', 'Santa Rosa', 'United States'],
  ['sofia', 'Sofia', 'Rossi', 'Trattoria Rossi', 'Owner', 'sofia@trattoriarossi.example', '+39 02 5555 0172', OPEN, 'Food & Beverage', 'Milan', 'Italy'],
  ['daniel', 'Daniel', 'Kim', 'Kim Family Farms', 'Operations', 'daniel.kim@kimfarms.example', '(559) 555-0103', NOT_CONVERTED, 'Agriculture', 'Fresno', 'United States'],
  ['emily', 'Emily', 'Clarke', 'Northshore Clinics', 'IT Manager', 'emily.clarke@northshoreclinics.example', '(312) 555-0161', WORKING, 'Healthcare', 'Evanston', 'United States'],
  ['aaron', 'Aaron', 'Feldman', 'Feldman Capital', 'Partner', 'aaron@feldmancapital.example', '(646) 555-0112', OPEN, 'Finance', 'New York', 'United States'],
  ['nora', 'Nora', 'Jensen', 'Polar Freight', 'Dispatch Manager', 'nora.jensen@polarfreight.example', '+45 33 55 01 88', OPEN, 'Transportation', 'Copenhagen', 'Denmark'],
  ['isaac', 'Isaac', 'Cohen', 'Cohen Media Labs', 'Producer', 'isaac@cohenmedialabs.example', '(718) 555-0176', WORKING, 'Media', 'Brooklyn', 'United States'],
  ['zara', 'Zara', 'Ahmed', 'Crescent Architecture', 'Principal', 'zara.ahmed@crescentarch.example', '+44 161 555 0123', OPEN, 'Construction', 'Manchester', 'United Kingdom'],
  ['oliver', 'Oliver', 'Bennett', 'Bennett & Co Insurance', 'Broker', 'oliver.bennett@bennettinsure.example', '(617) 555-0191', OPEN, 'Insurance', 'Cambridge', 'United States'],
  ['hana', 'Hana', 'Novak', 'Novak Robotics', 'Head of Engineering', 'hana.novak@novakrobotics.example', '+420 2 5555 0135', WORKING, 'Electronics', 'Prague', 'Czech Republic'],
  ['ryan', 'Ryan', 'Fletcher', 'Cobalt Financial Group', 'Analyst', 'ryan.fletcher@cobaltfinancial.example', '(212) 555-0195', OPEN, 'Finance', 'New York', 'United States'],
];

/** Lead refs are "lead.<key>"; the converted Lead points at the Contact, Account and Opportunity it became. */
export function leads(cal: SeedCalendar): SeedRecord[] {
  const rows: SeedRecord[] = LEADS.map(([key, first, last, company, title, email, phone, status, industry, city, country], index) => ({
    ref: `lead.${key}`,
    FirstName: first,
    LastName: last,
    Company: company,
    Title: title,
    Email: email,
    Phone: phone,
    Status: status,
    Industry: industry,
    City: city,
    Country: country,
    LeadSource: ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'][index % 5] ?? 'Web',
    OwnerId: index % 2 === 0 ? '@user.ines' : '@user.jordan',
  }));
  rows.push({
    ref: 'lead.grace',
    FirstName: P.convertedLead.firstName,
    LastName: P.convertedLead.lastName,
    Company: 'Evergreen Energy Co-op',
    Email: P.convertedLead.email,
    Status: 'Closed - Converted',
    IsConverted: true,
    ConvertedDate: cal.day(-30),
    ConvertedContactId: '@contact.grace',
    ConvertedAccountId: '@acct.evergreen',
    ConvertedOpportunityId: '@opp.evergreen',
    LeadSource: 'Web',
  });
  return rows;
}

/** The org's Lead Status settings: which status is the default and which one conversion sets. */
export function leadStatuses(): SeedRecord[] {
  return [OPEN, WORKING, 'Closed - Converted', NOT_CONVERTED].map((status, index) => ({
    MasterLabel: status,
    ApiName: status,
    SortOrder: index + 1,
    IsDefault: status === OPEN,
    IsConverted: status === 'Closed - Converted',
  }));
}
