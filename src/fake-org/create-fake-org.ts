import { buildStandardDescribes } from './metadata';
import { DEFAULT_INSTANCE_URL, FakeOrg, type FakeOrgOptions } from './org';
import { applySeed, defaultSeed, type SeedData } from './seed';
import { insertOrganizationRecord } from './seed/organization-record';

export interface CreateFakeOrgOptions extends Omit<FakeOrgOptions, 'describes'> {
  /** Records to load; the realistic default seed when omitted. */
  seed?: SeedData;
  /** Access tokens to accept from the start (tests and the CLI choose their own). */
  accessTokens?: string[];
}

/** A ready org: standard and custom metadata, seeded records, and any pre-granted access tokens. */
export function createFakeOrg(options: CreateFakeOrgOptions = {}): FakeOrg {
  const org = new FakeOrg({ ...options, describes: buildStandardDescribes(options.instanceUrl ?? DEFAULT_INSTANCE_URL) });
  insertOrganizationRecord(org);
  applySeed(org, options.seed ?? defaultSeed(org.now()));
  for (const token of options.accessTokens ?? []) org.auth.grantAccessToken(token, org.userId);
  return org;
}
