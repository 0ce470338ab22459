import { z } from 'zod';
import type { SalesforceClient } from './client';
import { c, likePattern, soql } from './soql';

// As many as a lookup's list shows without scrolling in the sidebar.
const USER_SEARCH_LIMIT = 8;

export interface UserMatch {
  readonly id: string;
  readonly name: string;
  readonly title?: string;
}

const userMatch = z
  .looseObject({ Id: z.string(), Name: z.string(), Title: z.string().nullish() })
  .transform((row): UserMatch => ({ id: row.Id, name: row.Name, ...(row.Title && { title: row.Title }) }));

/**
 * Active users whose name starts with the term, by name. User.Name is indexed, so a prefix match stays fast in a
 * large org; inactive users can't own records, so they are never offered.
 */
export async function searchActiveUsers(client: SalesforceClient, term: string): Promise<UserMatch[]> {
  const activeUsersNamed = soql
    .select(['Id', 'Name', 'Title'])
    .from('User')
    .where(c.and(c.like('Name', likePattern.startsWith(term)), c.eq('IsActive', true)))
    .orderBy('Name')
    .limit(USER_SEARCH_LIMIT);
  return (await client.query(activeUsersNamed, { recordSchema: userMatch })).records;
}
