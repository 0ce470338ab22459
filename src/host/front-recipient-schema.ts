import { z } from 'zod';
import type { HostRecipient } from './host-types';

// Front sends `name: undefined` for handles it has no name for; older payloads used null.
export const frontRecipientSchema = z
  .looseObject({
    handle: z.string(),
    name: z.string().nullish(),
    type: z.string(),
  })
  .transform((raw): HostRecipient => (raw.name ? { handle: raw.handle, name: raw.name, type: raw.type } : { handle: raw.handle, type: raw.type }));
