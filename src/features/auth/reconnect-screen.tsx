import { useEffect } from 'react';
import { useAuth, useAuthState } from './auth-context';
import { ProblemAlert } from './problem-alert';

/** A saved sign-in that could not be checked (offline, Salesforce down): try again, and again once back online. */
export function ReconnectScreen() {
  const auth = useAuth();
  const state = useAuthState();

  useEffect(() => {
    const retry = () => void auth.restore();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [auth]);

  if (state.phase !== 'unavailable') return null;
  return (
    <div className="auth-sign-in">
      <ProblemAlert problem={state.problem} />
      <div className="auth-actions">
        <button type="button" className="ui-button" onClick={() => void auth.restore()}>
          Try again
        </button>
      </div>
    </div>
  );
}
