import type { FakeOrg } from '../org';

// Who a token belongs to, as the sign-in page, userinfo and the identity URL show them. Read from
// the org's User records when the seed has them; the running user has a built-in fallback so the
// OAuth flow works even against an org seeded with no users.
export interface OrgUser {
  userId: string;
  name: string;
  firstName: string;
  lastName: string;
  username: string;
  email: string;
  active: boolean;
  timeZone: string;
  locale: string;
  language: string;
}

export const ORG_DISPLAY_NAME = 'Demo Org';

const FALLBACK: Omit<OrgUser, 'userId'> = {
  name: 'Avery Admin',
  firstName: 'Avery',
  lastName: 'Admin',
  username: 'avery.admin@demo-org.example',
  email: 'avery.admin@demo-org.example',
  active: true,
  timeZone: 'America/Los_Angeles',
  locale: 'en_US',
  language: 'en_US',
};

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

export function orgUser(org: FakeOrg, userId: string): OrgUser {
  const record = org.records.typeOf(userId) === 'User' ? org.records.get(userId) : undefined;
  if (!record) return { userId, ...FALLBACK };
  return {
    userId: record.Id,
    name: text(record.Name, [record.FirstName, record.LastName].filter(Boolean).join(' ')),
    firstName: text(record.FirstName, ''),
    lastName: text(record.LastName, ''),
    username: text(record.Username, FALLBACK.username),
    email: text(record.Email, FALLBACK.email),
    active: record.IsActive !== false,
    timeZone: text(record.TimeZoneSidKey, FALLBACK.timeZone),
    locale: text(record.LocaleSidKey, FALLBACK.locale),
    language: text(record.LanguageLocaleKey, FALLBACK.language),
  };
}
