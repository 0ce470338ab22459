import { orgKeyOf, type AuthSession } from './auth-session';
import type { TokenStore } from './token-store';

export interface OtherTabsWatch {
  readonly window: EventTarget;
  readonly store: TokenStore;
  /** The session of this tab, if signed in. */
  readonly current: () => AuthSession | undefined;
  /** Another tab signed this login out: its tokens are revoked, so this tab is signed out too. */
  readonly onSignedOutElsewhere: (session: AuthSession) => void;
}

/**
 * Keeps this tab in step with other tabs of the same plugin (they share localStorage): when one rotates the
 * refresh token, the one this tab holds is spent, so it takes the new one; when one signs out, so does this tab.
 * Returns the function that stops watching.
 */
export function followOtherTabs({ window, store, current, onSignedOutElsewhere }: OtherTabsWatch): () => void {
  const onStorage = (event: Event) => {
    const session = current();
    if (!session || !('key' in event)) return;
    // A null key is storage.clear(): everything, this login included, may be gone.
    if (event.key !== null && event.key !== store.keyFor(session.loginUrl)) return;
    const saved = store.read(session.loginUrl);
    if (!saved) onSignedOutElsewhere(session);
    else if (orgKeyOf(saved) === session.orgKey) session.client.connection.refreshToken = saved.refreshToken;
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
