/**
 * The demo inbox's conversations, read from a JSON file (env DEMO_CONVERSATIONS, a path relative to the working
 * directory; default src/dev-host/conversations.json) and validated when the dev server or build starts.
 *
 * README-format
 * The file is a JSON array of conversations:
 *
 *   { "id": "cnv_maya",                      unique conversation id
 *     "type": "email",                       "email" | "sms" | "internal" | "whatsapp"
 *     "subject": "Robot arm calibration",    "" when the channel has no subjects (SMS)
 *     "recipient": { "handle": "maya.chen@acme.example", "name": "Maya Chen", "type": "email" },
 *                                            optional: Front's main recipient, the external party;
 *                                            "type" is "email" or "phone"; omit it for internal discussions
 *     "messages": [                          oldest first, at least one
 *       { "id": "msg_maya_1",                unique message id
 *         "subject": "Robot arm calibration",  optional
 *         "date": "2026-03-02T09:15:00Z",     ISO 8601 with a time zone
 *         "status": "inbound",               "inbound" (to us) | "outbound" (from us)
 *         "from": { "handle": "…", "name": "…", "type": "email" },
 *         "to": [ …handles… ],
 *         "cc": [ …handles… ],              optional
 *         "body": "<p>Hello</p>",
 *         "bodyType": "html" } ] }           "html" | "text"
 */
import { z } from 'zod';

const handleSchema = z.strictObject({
  handle: z.string().min(1),
  name: z.string().min(1).optional(),
  type: z.enum(['email', 'phone']),
});

const messageSchema = z.strictObject({
  id: z.string().min(1),
  subject: z.string().optional(),
  date: z.iso.datetime({ offset: true }),
  status: z.enum(['inbound', 'outbound']),
  from: handleSchema,
  to: z.array(handleSchema),
  cc: z.array(handleSchema).optional(),
  body: z.string(),
  bodyType: z.enum(['html', 'text']),
});

const conversationSchema = z.strictObject({
  id: z.string().min(1),
  type: z.enum(['email', 'sms', 'internal', 'whatsapp']),
  subject: z.string(),
  recipient: handleSchema.optional(),
  messages: z.array(messageSchema).min(1),
});

export const demoConversationsSchema = z.array(conversationSchema).superRefine((conversations, ctx) => {
  const ids = [...conversations.map((c) => c.id), ...conversations.flatMap((c) => c.messages.map((m) => m.id))];
  const duplicates = new Set(ids.filter((id, index) => ids.indexOf(id) !== index));
  for (const id of duplicates) ctx.addIssue({ code: 'custom', message: `The id "${id}" is used more than once` });
});

export type DemoHandle = z.infer<typeof handleSchema>;
export type DemoMessage = z.infer<typeof messageSchema>;
export type DemoConversation = z.infer<typeof conversationSchema>;

/** Parses the file's content; the error names the file and every problem, so a typo is fixed in one go. */
export function parseDemoConversations(json: string, path: string): DemoConversation[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const result = demoConversationsSchema.safeParse(data);
  if (!result.success) throw new Error(`${path} is not a valid conversations file:\n${z.prettifyError(result.error)}`);
  return result.data;
}
