import { use } from 'react';
import {
  ApiLimitNotice,
  AuthProvider,
  ReconnectScreen,
  SignInProgress,
  SignInScreen,
  useAuth,
  useAuthState,
  type AuthController,
} from '../features/auth';
import { SalesforceProvider } from '../salesforce';
import { SignInProvider } from '../ui';
import { Panel } from './panel';

/** Signed out: the sign-in screen. Signed in: the panel, with "Sign in again" available to every screen. */
export function AuthGate({ auth }: { auth: Promise<AuthController> }) {
  return (
    <AuthProvider controller={use(auth)}>
      <SessionView />
    </AuthProvider>
  );
}

function SessionView() {
  const auth = useAuth();
  const state = useAuthState();
  switch (state.phase) {
    case 'restoring':
      return <p className="app-message" role="status">Connecting to Salesforce…</p>;
    case 'signed-out':
      return <SignInScreen />;
    case 'unavailable':
      return <ReconnectScreen />;
    case 'signed-in': {
      const { session } = state;
      // Keyed by org and user: signing in as someone else starts the panel afresh, with nothing of the last one.
      return (
        <SalesforceProvider key={session.orgKey} client={session.client} orgKey={session.orgKey}>
          <SignInProvider signIn={auth.reauthenticate}>
            <SignInProgress />
            <ApiLimitNotice />
            <Panel instanceUrl={session.instanceUrl} />
          </SignInProvider>
        </SalesforceProvider>
      );
    }
  }
}
