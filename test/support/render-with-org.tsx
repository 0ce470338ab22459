import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { HostProvider, type HostAdapter, type HostContext } from '../../src/host';
import { createSalesforceClient, memoryDescribeStorage, SalesforceProvider, type SalesforceClient } from '../../src/salesforce';
import { SignInProvider, type SignIn } from '../../src/ui';
import { connectTo } from '../salesforce/support';
import type { FakeOrgHarness } from './fake-org';

export const TEST_ORG_KEY = 'test-org:test-user';

export interface RenderWithOrgOptions {
  /** The Front side; a host with no context (and no messages) when absent. */
  host?: HostAdapter;
  /** What "Sign in again" does; absent means the app offers no sign-in. */
  signIn?: SignIn;
  client?: SalesforceClient;
}

export type RenderedWithOrg = RenderResult & { client: SalesforceClient; queryClient: QueryClient };

/** A host that never changes context: enough for screens that only open URLs. */
export function staticHost(context?: HostContext, overrides: Partial<HostAdapter> = {}): HostAdapter {
  return {
    subscribe: (listener) => {
      if (context) listener(context);
      return () => undefined;
    },
    current: () => context,
    listMessages: () => Promise.resolve({ messages: [] }),
    openUrl: () => Promise.resolve(),
    addLink: () => Promise.resolve(),
    ...overrides,
  };
}

/**
 * Renders a screen as the app does: a fresh QueryClient (no retries), the real jsforce client connected to the
 * fake org behind msw, and the host. Assert on the screen, then on `harness.org` for what Salesforce holds.
 */
export function renderWithOrg(ui: ReactElement, harness: FakeOrgHarness, options: RenderWithOrgOptions = {}): RenderedWithOrg {
  const client = options.client ?? createSalesforceClient(connectTo(harness), { describeStorage: memoryDescribeStorage() });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const host = options.host ?? staticHost();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <HostProvider adapter={host}>
        <SalesforceProvider client={client} orgKey={TEST_ORG_KEY}>
          <SignInProvider signIn={options.signIn}>{children}</SignInProvider>
        </SalesforceProvider>
      </HostProvider>
    </QueryClientProvider>
  );
  return Object.assign(render(ui, { wrapper }), { client, queryClient });
}
