import { Suspense } from 'react';
import { OfflineBanner, type AuthController } from '../features/auth';
import { AuthGate } from './auth-gate';
import { BootErrorBoundary } from './boot-error-boundary';
import { HeaderSlotProvider } from './header-actions';
import './app.css';

/** The sidebar: Front-like header, then the sign-in screen or the panel. */
export function App({ auth }: { auth: Promise<AuthController> }) {
  return (
    <HeaderSlotProvider>
      {(headerSlot) => (
        <main className="app" aria-labelledby="app-title">
          <header className="app-header">
            <img src="/icon.svg" alt="" width={18} height={18} />
            <h1 id="app-title">Salesforce</h1>
            <div className="app-header-actions" ref={headerSlot} />
          </header>
          <div className="app-body">
            <OfflineBanner />
            <BootErrorBoundary>
              <Suspense fallback={<p className="app-message" role="status">Connecting to Salesforce…</p>}>
                <AuthGate auth={auth} />
              </Suspense>
            </BootErrorBoundary>
          </div>
        </main>
      )}
    </HeaderSlotProvider>
  );
}
