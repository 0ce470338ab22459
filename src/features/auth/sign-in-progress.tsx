import { useAuth, useAuthState } from './auth-context';
import './auth.css';

/**
 * While "Sign in again" waits for the popup: says where to look, and offers Cancel — inside Front the popup
 * belongs to Front, and closing it cannot be noticed from here.
 */
export function SignInProgress() {
  const auth = useAuth();
  const state = useAuthState();
  const signingIn = state.phase === 'signed-in' && state.signingIn;
  return (
    <div role="status" className={signingIn ? 'auth-live auth-banner' : 'auth-live'}>
      {signingIn && (
        <>
          <span className="auth-text">Finish signing in in the Salesforce window.</span>
          <button type="button" className="ui-link-button" onClick={() => auth.cancelSignIn()}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
