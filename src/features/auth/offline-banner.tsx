import { useOnline } from './use-online';
import './auth.css';

/**
 * Says so while the browser is offline. React Query pauses queries and saves meanwhile and runs them when the
 * network is back, so the panel refreshes by itself and nothing typed is lost.
 */
export function OfflineBanner() {
  const online = useOnline();
  // The live region stays mounted so the change is announced, not just drawn.
  return (
    <div role="status" className={online ? 'auth-live' : 'auth-live auth-banner auth-banner-offline'}>
      {!online && "You're offline. The sidebar will refresh when you're back online."}
    </div>
  );
}
