import { z } from 'zod';

/** The OAuth token endpoint's answer to a refresh_token grant. */
export const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  instance_url: z.string().optional(),
  id: z.string().optional(),
});

export type TokenResponseBody = z.infer<typeof tokenResponseSchema>;
