import { describe, expect, it, vi } from 'vitest';
import type { HostContext } from '../../host';
import { authWindowFor, POPUP_SIZE } from './auth-window';

const AUTHORIZE = 'https://acme.my.salesforce.com/services/oauth2/authorize?state=s';

function ownPopup(opens = true) {
  const popup = { closed: false, location: { replace: vi.fn() }, close: vi.fn() };
  const open = vi.fn(() => (opens ? (popup as unknown as Window) : null));
  return { popup, target: { open } };
}

describe('authWindowFor', () => {
  it('asks Front to open the popup when the plugin runs inside it', async () => {
    const openUrlInPopup = vi.fn(() => Promise.resolve());
    const { target } = ownPopup();
    const host = { current: () => ({ type: 'noConversation' }) as HostContext, openUrlInPopup };

    const window = authWindowFor(host, target)();
    await window.show(AUTHORIZE);

    expect(openUrlInPopup).toHaveBeenCalledWith(AUTHORIZE, POPUP_SIZE);
    expect(target.open).not.toHaveBeenCalled();
    expect(window.isClosed()).toBeUndefined();
  });

  it('opens its own popup at the click, outside a host, and navigates it once the URL is ready', async () => {
    const { popup, target } = ownPopup();
    const host = { current: () => undefined, openUrlInPopup: vi.fn() };

    const window = authWindowFor(host, target)();
    expect(target.open).toHaveBeenCalledWith('', 'salesforce-sign-in', 'popup,width=480,height=680');
    await window.show(AUTHORIZE);

    expect(popup.location.replace).toHaveBeenCalledWith(AUTHORIZE);
    popup.closed = true;
    expect(window.isClosed()).toBe(true);
  });

  it('reports a blocked popup', () => {
    const { target } = ownPopup(false);
    expect(() => authWindowFor({ current: () => undefined }, target)()).toThrow(expect.objectContaining({ failure: 'popup-blocked' }));
  });
});
