/**
 * Conversations of src/dev-host/conversations.json whose senders the rest of the benchmark never opens, each
 * with the title of the first card it shows: Contacts of ten different Accounts and a Lead.
 */
export const NEW_SENDERS = [
  { subject: 'Firmware roadmap for the arm controllers', card: 'Elena Petrova' },
  { subject: 'Partner referral programme', card: 'Olivia Grant' },
  { subject: 'Invoice due dates for next year', card: 'Henry Caldwell' },
  { subject: 'Guest Wi-Fi portal is down', card: 'Carmen Ortiz' },
  { subject: 'Container tracking export', card: 'Ingrid Solberg' },
  { subject: 'Site cameras for the Tacoma project', card: 'Bianca Russo' },
  { subject: 'Freezer alarm thresholds', card: 'Hannah Weiss' },
  { subject: 'Claims portal single sign-on', card: 'Patricia Doyle' },
  { subject: 'Maintenance window on Saturday', card: 'Leah Goldberg' },
  { subject: 'Student accounts for the autumn term', card: 'Thomas Reid' },
  { subject: 'API rate limits for the integration', card: 'Priya Patel' },
  { subject: 'Wholesale pricing for camping gear', card: 'Ethan Wright' },
] as const;
