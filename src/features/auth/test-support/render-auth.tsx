import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { SalesforceProvider } from '../../../salesforce';
import { SignInProvider } from '../../../ui';
import { AuthProvider } from '../auth-context';
import type { AuthHarness } from './auth-harness';

/**
 * Renders `ui` as the app does: the auth controller provided, and — once signed in — the session's client and
 * "Sign in again" wired to the controller. A fresh QueryClient without retries.
 */
export function renderWithAuth(ui: ReactElement, auth: AuthHarness): RenderResult & { queryClient: QueryClient } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => {
    const state = auth.controller.getState();
    return (
      <QueryClientProvider client={queryClient}>
        <AuthProvider controller={auth.controller}>
          {state.phase === 'signed-in' ? (
            <SalesforceProvider client={state.session.client} orgKey={state.session.orgKey}>
              <SignInProvider signIn={auth.controller.reauthenticate}>{children}</SignInProvider>
            </SalesforceProvider>
          ) : (
            children
          )}
        </AuthProvider>
      </QueryClientProvider>
    );
  };
  return Object.assign(render(ui, { wrapper }), { queryClient });
}
