import { DEFAULT_USER_ID } from '../../org';
import type { SeedRecord } from '../seed-format';

const LOCALE = { TimeZoneSidKey: 'America/Los_Angeles', LocaleSidKey: 'en_US', EmailEncodingKey: 'UTF-8', LanguageLocaleKey: 'en_US' };

// User.Name is compound and read-only, and the org derives it only for Contacts and Leads: write it here.
function user(ref: string, first: string, last: string, title: string, alias: string): SeedRecord {
  const email = `${first}.${last}@demo-org.example`.toLowerCase();
  return { ref, FirstName: first, LastName: last, Name: `${first} ${last}`, Title: title, Alias: alias, Email: email, Username: email, IsActive: true, ...LOCALE };
}

/** The running user the org acts as, and the teammates who own the seeded deals and cases. */
export function users(): SeedRecord[] {
  return [
    { ...user('user.avery', 'Avery', 'Admin', 'Salesforce Administrator', 'aadmin'), Id: DEFAULT_USER_ID },
    user('user.jordan', 'Jordan', 'Blake', 'Account Executive', 'jblake'),
    user('user.noah', 'Noah', 'Fischer', 'Support Lead', 'nfisch'),
    user('user.ines', 'Ines', 'Duarte', 'Sales Development Rep', 'iduarte'),
  ];
}
