import { Suspense, use } from 'react';
import { SalesforceProvider } from '../salesforce';
import { BootErrorBoundary } from './boot-error-boundary';
import { Panel } from './panel';
import type { PanelSession } from './session';
import './app.css';

/** The sidebar: Front-like header, then the panel once the Salesforce session is open. */
export function App({ session }: { session: Promise<PanelSession> }) {
  return (
    <main className="app" aria-labelledby="app-title">
      <header className="app-header">
        <img src="/icon.svg" alt="" width={18} height={18} />
        <h1 id="app-title">Salesforce</h1>
      </header>
      <div className="app-body">
        <BootErrorBoundary>
          <Suspense fallback={<p className="app-message" role="status">Connecting to Salesforce…</p>}>
            <ConnectedPanel session={session} />
          </Suspense>
        </BootErrorBoundary>
      </div>
    </main>
  );
}

function ConnectedPanel({ session }: { session: Promise<PanelSession> }) {
  const { client, orgKey, instanceUrl } = use(session);
  return (
    <SalesforceProvider client={client} orgKey={orgKey}>
      <Panel instanceUrl={instanceUrl} />
    </SalesforceProvider>
  );
}
