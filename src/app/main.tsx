import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createFrontHostAdapter, HostProvider } from '../host';
import { createQueryClient } from '../lib/query-client';
import { App } from './app';
import { openDemoSession } from './session';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Both start at once: Front's handshake and the Salesforce session don't wait for each other.
const host = createFrontHostAdapter();
const session = openDemoSession(window.location.search);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <HostProvider adapter={host}>
        <App session={session} />
      </HostProvider>
    </QueryClientProvider>
  </StrictMode>,
);
