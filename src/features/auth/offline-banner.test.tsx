// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineBanner } from './offline-banner';

function goOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));
}

describe('OfflineBanner', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says the sidebar is offline, and clears when the network is back', () => {
    render(<OfflineBanner />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    goOnline(false);
    expect(screen.getByRole('status')).toHaveTextContent("You're offline. The sidebar will refresh when you're back online.");

    goOnline(true);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
