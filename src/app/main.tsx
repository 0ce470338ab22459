import { onlineManager, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HostProvider } from '../host';
import { createFrontHostAdapter } from '../host/front-host-adapter';
import { createQueryClient } from '../lib/query-client';
import { App } from './app';
import { startAuth } from './session';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Both start at once: Front's handshake and the Salesforce sign-in don't wait for each other.
const host = createFrontHostAdapter();
const queryClient = createQueryClient();
// React Query assumes it starts online; a sidebar opened offline should wait for the network, not fail.
onlineManager.setOnline(navigator.onLine);
const auth = startAuth({ host, queryClient });

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HostProvider adapter={host}>
        <App auth={auth} />
      </HostProvider>
    </QueryClientProvider>
  </StrictMode>,
);
