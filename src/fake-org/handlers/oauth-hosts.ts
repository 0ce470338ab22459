import type { FakeOrg } from '../org';

/** Salesforce's generic login hosts: production and sandbox ("Shift-click" sign-in uses test). */
export const LOGIN_HOSTS = ['https://login.salesforce.com', 'https://test.salesforce.com'] as const;

/** Every origin at which the org answers OAuth: its My Domain (instance URL) and the login hosts. */
export function oauthOrigins(org: FakeOrg): string[] {
  return [...new Set([org.instanceUrl, ...LOGIN_HOSTS])];
}
