import { z } from 'zod';
import { frontRecipientSchema } from './front-recipient-schema';
import type { HostCompany, HostContext, HostConversation, HostTeammate } from './host-types';

const teammateSchema = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    username: z.string(),
    email: z.string(),
    // Added in ui-bridge beta19: an older Front omits it, and only a confirmed admin may "Save for all".
    is_admin: z.boolean().optional(),
  })
  .transform(
    (raw): HostTeammate => ({ id: raw.id, name: raw.name, username: raw.username, email: raw.email, isAdmin: raw.is_admin === true }),
  );

const companySchema = z
  .looseObject({ id: z.string(), name: z.string() })
  .transform((raw): HostCompany => ({ id: raw.id, name: raw.name }));

const conversationSchema = z
  .looseObject({
    id: z.string(),
    type: z.string(),
    subject: z.string().nullish(),
    recipient: frontRecipientSchema.nullish(),
  })
  .transform(
    (raw): HostConversation => ({
      id: raw.id,
      type: raw.type,
      ...(raw.subject ? { subject: raw.subject } : {}),
      ...(raw.recipient ? { recipient: raw.recipient } : {}),
    }),
  );

const contextBaseSchema = z.looseObject({ id: z.string(), type: z.string(), teammate: teammateSchema, company: companySchema });
const singleConversationSchema = z.looseObject({ conversation: conversationSchema });
const multiConversationsSchema = z.looseObject({ conversations: z.array(conversationSchema) });

/**
 * The SDK's raw context (a Proxy whose missing properties become bridge calls) turned into a HostContext.
 * Throws a ZodError when a field we rely on is missing or mistyped.
 */
export function parseFrontContext(raw: unknown): HostContext {
  const base = contextBaseSchema.parse(raw);
  const common = { id: base.id, teammate: base.teammate, company: base.company };
  switch (base.type) {
    case 'noConversation':
      return { ...common, type: 'noConversation' };
    case 'singleConversation':
      return { ...common, type: 'singleConversation', conversation: singleConversationSchema.parse(raw).conversation };
    case 'multiConversations':
      return { ...common, type: 'multiConversations', conversations: multiConversationsSchema.parse(raw).conversations };
    default:
      return { ...common, type: 'unsupported', frontType: base.type };
  }
}
