import type { Connection } from 'jsforce/core';
import { z } from 'zod';
import { parseResponse } from '../parse-response';
import { sendRest } from '../transport/send';

// OpenID Connect userinfo on the org's own domain (CORS works there, and it is not an API call toward the limit).
const userInfoSchema = z.looseObject({
  user_id: z.string(),
  organization_id: z.string(),
  name: z.string(),
  preferred_username: z.string(),
  email: z.string().optional(),
});

export interface UserInfo {
  readonly userId: string;
  readonly orgId: string;
  readonly name: string;
  readonly username: string;
  readonly email: string | undefined;
}

/** Who is signed in, for the connection settings. */
export async function userInfo(conn: Connection): Promise<UserInfo> {
  const response = await sendRest(conn, { method: 'GET', url: `${conn.instanceUrl}/services/oauth2/userinfo` });
  const body = parseResponse(userInfoSchema, response.body, 'userinfo');
  return {
    userId: body.user_id,
    orgId: body.organization_id,
    name: body.name,
    username: body.preferred_username,
    email: body.email,
  };
}
