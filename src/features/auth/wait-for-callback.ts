import {
  callbackMessageSchema,
  callbackResultSchema,
  OAUTH_CALLBACK_RECEIVED,
  stripped,
  type CallbackResult,
} from '../../salesforce';
import { SignInError } from './sign-in-error';

export interface CallbackWait {
  readonly state: string;
  /** This page's origin: the callback page is served from it, so its messages must come from it. */
  readonly origin: string;
  /** Where the callback page's postMessage arrives (this window). */
  readonly messages: EventTarget;
  /** The server's one-time handoff, polled for popups that have no opener to post to. */
  readonly handoffUrl?: string;
  readonly fetch?: typeof fetch;
  /** Whether the user closed the popup, where that can be told. */
  readonly isClosed?: () => boolean | undefined;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly pollMs?: number;
}

/** Salesforce's own limit on an authorization code is 15 minutes; nobody takes more than 5 to sign in. */
export const SIGN_IN_TIMEOUT_MS = 5 * 60_000;

function isWindow(source: MessageEventSource | null): source is Window {
  return source !== null && 'window' in source;
}

/**
 * Resolves with the callback's result for this attempt's `state`: from the callback page's message (checked
 * against this origin and the state, then acknowledged) or from the server's handoff. Rejects when the popup is
 * closed, the attempt is aborted, or it times out.
 */
export function waitForCallback(wait: CallbackWait): Promise<CallbackResult> {
  const { state, origin, messages, handoffUrl, isClosed, signal, timeoutMs = SIGN_IN_TIMEOUT_MS, pollMs = 1000 } = wait;
  const fetchHandoff = wait.fetch ?? globalThis.fetch.bind(globalThis);

  return new Promise<CallbackResult>((resolve, reject) => {
    const startedAt = Date.now();
    let closedSeen = false;
    let polling = false;

    const onMessage = (event: Event) => {
      if (!(event instanceof MessageEvent) || event.origin !== origin) return;
      const parsed = callbackMessageSchema.safeParse(event.data);
      if (!parsed.success || parsed.data.state !== state) return;
      if (isWindow(event.source)) event.source.postMessage({ type: OAUTH_CALLBACK_RECEIVED, state }, origin);
      finish(() => resolve(stripped(parsed.data)));
    };

    const pollHandoff = async () => {
      if (!handoffUrl || polling) return;
      polling = true;
      try {
        const response = await fetchHandoff(`${handoffUrl}/${state}`, { cache: 'no-store' });
        if (response.status !== 200) return;
        const parsed = callbackResultSchema.safeParse(await response.json());
        if (parsed.success && parsed.data.state === state) finish(() => resolve(stripped(parsed.data)));
      } catch {
        // Offline for a moment, or the server restarting: the next tick asks again.
      } finally {
        polling = false;
      }
    };

    const tick = () => {
      if (Date.now() - startedAt >= timeoutMs) return finish(() => reject(new SignInError('timed-out')));
      // A closed popup gets one more tick: its last message (or handoff) may still be on its way.
      if (closedSeen) return finish(() => reject(new SignInError('cancelled')));
      closedSeen = isClosed?.() === true;
      void pollHandoff();
    };

    const onAbort = () => finish(() => reject(new SignInError('cancelled')));
    const timer = setInterval(tick, pollMs);
    messages.addEventListener('message', onMessage);
    signal?.addEventListener('abort', onAbort);

    let settled = false;
    function finish(settle: () => void) {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      messages.removeEventListener('message', onMessage);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }

    if (signal?.aborted) onAbort();
  });
}
