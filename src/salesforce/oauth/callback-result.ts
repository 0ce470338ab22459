import { z } from 'zod';

// What the OAuth callback page hands back to the plugin: by postMessage to its opener, or through the server's
// one-time handoff (POST /oauth/handoff, GET /oauth/handoff/<state>) where Front opened the popup without an opener.

/** The callback page's message to the plugin window. */
export const OAUTH_CALLBACK_MESSAGE = 'salesforce-oauth-callback';
/** The plugin's answer, so the callback page knows it need not fall back to the server handoff. */
export const OAUTH_CALLBACK_RECEIVED = 'salesforce-oauth-callback-received';

/** Random per attempt and matched exactly; the server's handoff accepts the same shape. */
export const oauthStateSchema = z.string().regex(/^[A-Za-z0-9_-]{16,256}$/);

const codeResultSchema = z.object({ state: oauthStateSchema, code: z.string().min(1).max(2048) });
const errorResultSchema = z.object({
  state: oauthStateSchema,
  error: z.string().min(1).max(256),
  error_description: z.string().max(2048).optional(),
});

/** The authorize step's outcome, as Salesforce put it on the callback URL. */
export const callbackResultSchema = z.union([codeResultSchema, errorResultSchema]);
export type CallbackResult = z.infer<typeof callbackResultSchema>;

export const callbackMessageSchema = z.union([
  codeResultSchema.extend({ type: z.literal(OAUTH_CALLBACK_MESSAGE) }),
  errorResultSchema.extend({ type: z.literal(OAUTH_CALLBACK_MESSAGE) }),
]);

export const callbackReceivedSchema = z.object({ type: z.literal(OAUTH_CALLBACK_RECEIVED), state: oauthStateSchema });

/** The callback URL's query (?code=…&state=… or ?error=…&state=…), or undefined when it is neither. */
export function callbackResultFromQuery(search: string): CallbackResult | undefined {
  const params = Object.fromEntries(new URLSearchParams(search));
  const parsed = callbackResultSchema.safeParse(params);
  return parsed.success ? stripped(parsed.data) : undefined;
}

/** Only the fields of the contract: never pass on anything else the URL or a message carried. */
export function stripped(result: CallbackResult): CallbackResult {
  if ('code' in result) return { state: result.state, code: result.code };
  return {
    state: result.state,
    error: result.error,
    ...(result.error_description !== undefined && { error_description: result.error_description }),
  };
}
