import { z } from 'zod';
import { frontRecipientSchema } from './front-recipient-schema';
import type { HostMessage, HostMessagePage } from './host-types';

// Dates cross postMessage as Date objects; ISO strings are accepted for hosts that serialise them as JSON.
const dateSchema = z.union([z.date(), z.iso.datetime({ offset: true }).transform((iso) => new Date(iso))]);

const recipientsSchema = z
  .array(frontRecipientSchema)
  .nullish()
  .transform((list) => list ?? []);

const messageSchema = z
  .looseObject({
    id: z.string(),
    subject: z.string().nullish(),
    date: dateSchema,
    status: z.enum(['inbound', 'outbound']),
    from: frontRecipientSchema,
    to: recipientsSchema,
    cc: recipientsSchema,
    bcc: recipientsSchema,
    // Front leaves content undefined when the body is not available to the plugin.
    content: z.looseObject({ body: z.string(), type: z.enum(['html', 'text']) }).nullish(),
  })
  .transform(
    (raw): HostMessage => ({
      id: raw.id,
      ...(raw.subject ? { subject: raw.subject } : {}),
      date: raw.date,
      status: raw.status,
      from: raw.from,
      to: raw.to,
      cc: raw.cc,
      bcc: raw.bcc,
      body: raw.content?.body ?? '',
      bodyType: raw.content?.type ?? 'text',
    }),
  );

export const frontMessagePageSchema = z
  .looseObject({
    results: z.array(messageSchema),
    nextPageToken: z.string().nullish(),
  })
  .transform(
    (raw): HostMessagePage => (raw.nextPageToken ? { messages: raw.results, nextPageToken: raw.nextPageToken } : { messages: raw.results }),
  );

export function parseFrontMessagePage(raw: unknown): HostMessagePage {
  return frontMessagePageSchema.parse(raw);
}
