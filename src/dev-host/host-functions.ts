import { z } from 'zod';
import type { HostFunction } from './bridge-host';
import type { DemoConversation } from './conversations-schema';
import type { FrontLink } from './front-context-data';
import { conversationRecipients, messagePage } from './front-message-data';

export interface HostCallHandlers {
  /** The plugin asked Front to open a browser window. */
  openUrl(url: string): void;
  /** The plugin asked Front to open a popup (sign-in): unlike openUrl, the demo really opens it. */
  openUrlInPopup(url: string, size: PopupOptions): void;
  /** The plugin attached a link to the selected conversations; returns the link as Front would. */
  addLink(conversationIds: readonly string[], url: string, name: string | undefined): FrontLink;
}

const urlArgs = z.tuple([z.string().min(1)]);
const popupOptionsSchema = z.object({ width: z.number().int().positive().optional(), height: z.number().int().positive().optional() });
const popupArgs = z.tuple([z.url(), popupOptionsSchema.optional()]);
const addLinkArgs = z.tuple([z.string().min(1), z.string().optional()]);
const pageArgs = z.tuple([z.string().optional()]);

export type PopupOptions = z.infer<typeof popupOptionsSchema>;

function parseArgs<T>(name: string, schema: z.ZodType<T>, args: readonly unknown[]): T {
  const result = schema.safeParse(args);
  if (!result.success) throw new Error(`Invalid arguments for ${name}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * The functions a context of this selection offers, with Front's arities. Like Front, a noConversation
 * context can only open URLs (and popups); links need a conversation; messages and recipients need exactly one.
 */
export function hostFunctionsFor(selected: readonly DemoConversation[], handlers: HostCallHandlers): Record<string, HostFunction> {
  const functions: Record<string, HostFunction> = {
    openUrl: {
      arity: 2,
      call: (args) => handlers.openUrl(parseArgs('openUrl', urlArgs, args)[0]),
    },
    openUrlInPopup: {
      arity: 3,
      call: (args) => {
        const [url, size = {}] = parseArgs('openUrlInPopup', popupArgs, args);
        handlers.openUrlInPopup(url, size);
      },
    },
  };
  if (selected.length === 0) return functions;

  const ids = selected.map((conversation) => conversation.id);
  functions.addLink = {
    arity: 3,
    call: (args) => handlers.addLink(ids, ...parseArgs('addLink', addLinkArgs, args)),
  };

  const [only] = selected;
  if (selected.length !== 1 || !only) return functions;
  functions.listMessages = { arity: 2, call: (args) => messagePage(only, parseArgs('listMessages', pageArgs, args)[0]) };
  functions.listRecipients = { arity: 2, call: () => conversationRecipients(only) };
  return functions;
}
