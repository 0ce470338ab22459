import type { AuthWindow, OpenAuthWindow } from '../auth-window';
import { SignInError } from '../sign-in-error';

export const PLUGIN_ORIGIN = 'https://sidebar.example';

/** A window as the callback page sees its opener: something to post the acknowledgement back to. */
export interface FakeWindowSource {
  readonly window: object;
  readonly received: unknown[];
  postMessage(message: unknown, targetOrigin: string): void;
}

export function fakeWindowSource(): FakeWindowSource {
  const received: unknown[] = [];
  return { window: {}, received, postMessage: (message) => void received.push(message) };
}

/** A `message` event as the browser delivers the callback page's postMessage. */
export function messageEvent(data: unknown, { origin = PLUGIN_ORIGIN, source }: { origin?: string; source?: FakeWindowSource } = {}): MessageEvent {
  const event = new MessageEvent('message', { data, origin });
  // Browsers set `source` to the posting window; the test environment's MessageEvent only accepts ports.
  if (source) Object.defineProperty(event, 'source', { value: source });
  return event;
}

export type PopupAnswer = 'allow' | 'deny' | 'close' | 'wait';

export interface FakePopup {
  readonly open: OpenAuthWindow;
  /** Every authorize URL shown, in order. */
  readonly shown: string[];
  /** The callback page's window: what the plugin acknowledged. */
  readonly callbackWindow: FakeWindowSource;
  answer: PopupAnswer;
  closed: boolean;
  /** The browser refuses to open the window (a popup blocker). */
  blocked: boolean;
}

/**
 * The sign-in popup, played by the test as a user would: it loads the authorize page from the fake org, answers
 * the consent form, and the "callback page" posts Salesforce's redirect back to the plugin window. 'close' closes
 * the popup instead; 'wait' leaves it open.
 */
export function fakePopup(messages: EventTarget, answer: PopupAnswer = 'allow'): FakePopup {
  const callbackWindow = fakeWindowSource();
  const popup: FakePopup = {
    shown: [],
    callbackWindow,
    answer,
    closed: false,
    blocked: false,
    open: (): AuthWindow => {
      if (popup.blocked) throw new SignInError('popup-blocked');
      popup.closed = false;
      return {
        show: async (url) => {
          popup.shown.push(url);
          if (popup.answer === 'close') popup.closed = true;
          if (popup.answer === 'allow' || popup.answer === 'deny') await consent(url, popup.answer, messages, callbackWindow);
        },
        isClosed: () => popup.closed,
        close: () => void (popup.closed = true),
      };
    },
  };
  return popup;
}

async function consent(url: string, answer: 'allow' | 'deny', messages: EventTarget, source: FakeWindowSource): Promise<void> {
  const page = await fetch(url);
  if (!(await page.text()).includes('<form method="post"')) throw new Error(`No consent page at ${url}`);
  const authorize = new URL(url);
  const form = new URLSearchParams(authorize.searchParams);
  form.set('approve', answer === 'allow' ? '1' : '0');
  const response = await fetch(`${authorize.origin}${authorize.pathname}`, { method: 'POST', body: form, redirect: 'manual' });
  const redirect = new URL(response.headers.get('Location') ?? '');
  messages.dispatchEvent(messageEvent({ type: 'salesforce-oauth-callback', ...Object.fromEntries(redirect.searchParams) }, { source }));
}
