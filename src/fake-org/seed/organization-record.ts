import type { FakeOrg } from '../org';

/**
 * The org's own Organization row, which every org has whatever its data: files shared with the whole
 * company link to it. Values follow the recorded Organization record (a Developer Edition org).
 */
export function insertOrganizationRecord(org: FakeOrg): void {
  org.insertTrusted('Organization', {
    Id: org.orgId,
    Name: 'Demo Org',
    Country: 'US',
    PrimaryContact: 'Avery Admin',
    DefaultLocaleSidKey: 'en_US',
    TimeZoneSidKey: 'America/Los_Angeles',
    LanguageLocaleKey: 'en_US',
    OrganizationType: 'Developer Edition',
    InstanceName: 'USA2S',
    IsSandbox: false,
  });
}
