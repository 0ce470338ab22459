import type { HostAdapter } from '../../host';
import { SignInError } from './sign-in-error';

/** The window the authorize page shows in. Opened at the click (browsers block popups opened later). */
export interface AuthWindow {
  /** Shows Salesforce's authorize page once the PKCE challenge is ready; rejects if it could not be shown. */
  show(url: string): Promise<void>;
  /** Whether the user closed it; undefined where the host owns the window and cannot tell. */
  isClosed(): boolean | undefined;
  close(): void;
}

/** Opens an AuthWindow; must run synchronously inside the click handler. */
export type OpenAuthWindow = () => AuthWindow;

export const POPUP_SIZE = { width: 480, height: 680 } as const;
const POPUP_NAME = 'salesforce-sign-in';

/** Opens a blank popup at once, so the click's user activation covers it, and navigates it when asked. */
export function openBlankPopup(target: Pick<Window, 'open'> = window): Window {
  const popup = target.open('', POPUP_NAME, `popup,width=${POPUP_SIZE.width},height=${POPUP_SIZE.height}`);
  if (!popup) throw new SignInError('popup-blocked');
  return popup;
}

/** A popup this page opens itself: outside Front (the plugin opened directly, or a host without popups). */
export function browserAuthWindow(target: Pick<Window, 'open'> = window): OpenAuthWindow {
  return () => {
    const popup = openBlankPopup(target);
    return {
      show: (url) => {
        popup.location.replace(url);
        return Promise.resolve();
      },
      isClosed: () => popup.closed,
      close: () => popup.close(),
    };
  };
}

/**
 * A popup Front opens (the sidebar's iframe may not open windows itself). Front keeps the window to itself, so
 * closing it cannot be noticed: the sign-in screen offers Cancel instead.
 */
export function hostAuthWindow(host: Pick<HostAdapter, 'openUrlInPopup'>): OpenAuthWindow {
  return () => ({
    show: (url) => host.openUrlInPopup?.(url, POPUP_SIZE) ?? Promise.reject(new SignInError('popup-blocked')),
    isClosed: () => undefined,
    close: () => undefined,
  });
}

/** Through the host when the plugin runs inside one that opens popups (Front, the dev host); else its own popup. */
export function authWindowFor(host: Pick<HostAdapter, 'current' | 'openUrlInPopup'>, target: Pick<Window, 'open'> = window): OpenAuthWindow {
  const throughHost = hostAuthWindow(host);
  const ownPopup = browserAuthWindow(target);
  return () => (host.current() && host.openUrlInPopup ? throughHost() : ownPopup());
}
