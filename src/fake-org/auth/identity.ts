import type { FakeOrg } from '../org';
import { orgUser } from './org-user';
import { identityUrl } from './token-response';

// Bodies of the identity endpoints: the identity URL a token response's `id` points to, and OpenID
// Connect's /services/oauth2/userinfo. Both describe the token's user in Salesforce's key names.

function serviceUrls(org: FakeOrg, userId: string): Record<string, string> {
  const base = org.instanceUrl;
  return {
    enterprise: `${base}/services/Soap/c/{version}/${org.orgId}`,
    metadata: `${base}/services/Soap/m/{version}/${org.orgId}`,
    partner: `${base}/services/Soap/u/{version}/${org.orgId}`,
    rest: `${base}/services/data/v{version}/`,
    sobjects: `${base}/services/data/v{version}/sobjects/`,
    search: `${base}/services/data/v{version}/search/`,
    query: `${base}/services/data/v{version}/query/`,
    recent: `${base}/services/data/v{version}/recent/`,
    tooling_soap: `${base}/services/Soap/T/{version}/${org.orgId}`,
    tooling_rest: `${base}/services/data/v{version}/tooling/`,
    profile: `${base}/${userId}`,
    custom_domain: base,
  };
}

/** The zone's offset from UTC in milliseconds right now, as Salesforce reports utcOffset. */
function utcOffset(timeZone: string, now: Date): number {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
    if (!match) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
  } catch {
    return 0;
  }
}

export function identityBody(org: FakeOrg, loginUrl: string, userId: string): Record<string, unknown> {
  const user = orgUser(org, userId);
  return {
    id: identityUrl(loginUrl, org.orgId, userId),
    asserted_user: true,
    user_id: userId,
    organization_id: org.orgId,
    username: user.username,
    nick_name: user.username.split('@')[0],
    display_name: user.name,
    email: user.email,
    email_verified: true,
    first_name: user.firstName,
    last_name: user.lastName,
    timezone: user.timeZone,
    urls: serviceUrls(org, userId),
    active: user.active,
    user_type: 'STANDARD',
    language: user.language,
    locale: user.locale,
    utcOffset: utcOffset(user.timeZone, org.now()),
  };
}

export function userInfoBody(org: FakeOrg, loginUrl: string, userId: string): Record<string, unknown> {
  const user = orgUser(org, userId);
  return {
    sub: identityUrl(loginUrl, org.orgId, userId),
    user_id: userId,
    organization_id: org.orgId,
    preferred_username: user.username,
    nickname: user.username.split('@')[0],
    name: user.name,
    email: user.email,
    email_verified: true,
    given_name: user.firstName,
    family_name: user.lastName,
    zoneinfo: user.timeZone,
    profile: `${org.instanceUrl}/${userId}`,
    urls: serviceUrls(org, userId),
    active: user.active,
    user_type: 'STANDARD',
    language: user.language,
    locale: user.locale,
    utcOffset: utcOffset(user.timeZone, org.now()),
  };
}
