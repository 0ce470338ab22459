// What the plugin knows about Front, in the app's own terms. The SDK's raw context is parsed into these
// shapes once, in the adapter, so features never see an unvalidated host object.

export interface HostTeammate {
  readonly id: string;
  readonly name: string;
  readonly username: string;
  readonly email: string;
  /** Front global admin: may "Save for all". */
  readonly isAdmin: boolean;
}

export interface HostCompany {
  readonly id: string;
  readonly name: string;
}

/** A handle on a conversation or message: an email address, a phone number, or another channel's id. */
export interface HostRecipient {
  readonly handle: string;
  readonly name?: string;
  /** Front's recipient type: 'email', 'phone', 'twitter', 'custom'… */
  readonly type: string;
}

export interface HostConversation {
  readonly id: string;
  /** 'email' | 'sms' | 'whatsapp' | 'internal' | 'phoneCall' | … */
  readonly type: string;
  readonly subject?: string;
  /** Front's "main recipient": the external party for inbound conversations. */
  readonly recipient?: HostRecipient;
}

interface HostContextBase {
  /** Front's id for this context; a new one arrives with every selection change. */
  readonly id: string;
  readonly teammate: HostTeammate;
  readonly company: HostCompany;
}

export type HostContext =
  | (HostContextBase & { readonly type: 'noConversation' })
  | (HostContextBase & { readonly type: 'singleConversation'; readonly conversation: HostConversation })
  | (HostContextBase & { readonly type: 'multiConversations'; readonly conversations: readonly HostConversation[] })
  /** messageComposer, message, background_mode…: contexts the sidebar has nothing to show for. */
  | (HostContextBase & { readonly type: 'unsupported'; readonly frontType: string });

export interface HostMessage {
  readonly id: string;
  readonly subject?: string;
  readonly date: Date;
  readonly status: 'inbound' | 'outbound';
  readonly from: HostRecipient;
  readonly to: readonly HostRecipient[];
  readonly cc: readonly HostRecipient[];
  readonly bcc: readonly HostRecipient[];
  /** Untrusted: HTML when bodyType is 'html'. */
  readonly body: string;
  readonly bodyType: 'html' | 'text';
}

export interface PopupSize {
  readonly width: number;
  readonly height: number;
}

export interface HostMessagePage {
  readonly messages: readonly HostMessage[];
  readonly nextPageToken?: string;
}

/** The plugin's only way to talk to Front (or to the demo's stand-in, which speaks the same protocol). */
export interface HostAdapter {
  /** Calls `listener` with every new context; the latest one first if a context already arrived. */
  subscribe(listener: (context: HostContext) => void): () => void;
  /** The latest context, or undefined before Front sent one. */
  current(): HostContext | undefined;
  /** One page of the current single conversation's messages (oldest first, as Front lists them). */
  listMessages(pageToken?: string): Promise<HostMessagePage>;
  /** Links must go through Front: the sidebar iframe is sandboxed. */
  openUrl(url: string): Promise<void>;
  /**
   * Opens a browser popup through Front (sign-in): the sidebar's iframe may not open windows itself. Optional
   * so hosts built for tests need not offer it.
   */
  openUrlInPopup?(url: string, size: PopupSize): Promise<void>;
  /** Adds a link to the current conversation. */
  addLink(url: string, name: string): Promise<void>;
}
