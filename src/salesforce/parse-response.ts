import type { z } from 'zod';
import { SalesforceError } from './errors';

/** Validates a response body at the boundary; a shape we don't expect is an error, never a silent `undefined`. */
export function parseResponse<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new SalesforceError({
    code: 'INVALID_RESPONSE',
    serverMessage: `Unexpected ${what} response${where}: ${issue?.message ?? 'invalid'}`,
  });
}
