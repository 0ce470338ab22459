import { buildStandardDescribes } from '../../metadata';
import { DEFAULT_INSTANCE_URL, DEFAULT_USER_ID, FakeOrg } from '../../org';

// A small org for the SOAP and OAuth tests: the org's real metadata, but only the records each test
// adds itself (two users and the standard lead statuses to start with), so assertions can be exact.

export const TEST_TOKEN = '00D5g000004ZmKt!AQsoap-test-token';
export const OTHER_USER_ID = '0055g00000OtHeRAAA';

const LEAD_STATUSES = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'];

function addUser(org: FakeOrg, Id: string, FirstName: string, LastName: string): void {
  const Username = `${FirstName}@demo.example`.toLowerCase();
  org.insertTrusted('User', { Id, FirstName, LastName, Name: `${FirstName} ${LastName}`, Username, Email: Username, IsActive: true });
}

/** A minimal org with two users, the standard lead statuses and a pre-granted access token. */
export function minimalOrg(now?: () => Date): FakeOrg {
  const org = new FakeOrg({ describes: buildStandardDescribes(DEFAULT_INSTANCE_URL), now });
  addUser(org, DEFAULT_USER_ID, 'Avery', 'Admin');
  addUser(org, OTHER_USER_ID, 'Jordan', 'Blake');
  LEAD_STATUSES.forEach((status, index) =>
    org.insertTrusted('LeadStatus', {
      MasterLabel: status, ApiName: status, SortOrder: index + 1, IsDefault: index === 0, IsConverted: status === 'Closed - Converted',
    }),
  );
  org.auth.grantAccessToken(TEST_TOKEN, org.userId);
  return org;
}
