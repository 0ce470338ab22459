import { useEffect, useId, useRef } from 'react';
import { useAuth, useAuthState } from './auth-context';
import { ProblemAlert } from './problem-alert';
import './auth.css';

/** Shown while signed out: who to sign in to, the button, and how to reach a sandbox. */
export function SignInScreen() {
  const auth = useAuth();
  const state = useAuthState();
  const titleId = useId();
  const signInButton = useRef<HTMLButtonElement>(null);
  const signingIn = state.phase === 'signed-out' && state.signingIn;
  const problem = state.phase === 'signed-out' ? state.problem : undefined;

  // When the attempt ends here (cancelled, refused), focus returns from the vanished Cancel to the button.
  const wasSigningIn = useRef(signingIn);
  useEffect(() => {
    if (wasSigningIn.current && !signingIn && document.activeElement === document.body) signInButton.current?.focus();
    wasSigningIn.current = signingIn;
  }, [signingIn]);

  return (
    <section className="auth-sign-in" aria-labelledby={titleId}>
      <h2 className="auth-title" id={titleId}>
        Salesforce for Front
      </h2>
      <p className="auth-text">Sign in with your Salesforce account to see who you are talking to.</p>
      {problem && !signingIn && <ProblemAlert problem={problem} />}
      <div className="auth-actions">
        <button
          ref={signInButton}
          type="button"
          className="ui-button ui-button-primary"
          disabled={signingIn}
          // Shift-click (or Shift+Enter) signs in to a sandbox, as Salesforce's own tools do.
          onClick={(event) => void auth.signIn({ sandbox: event.shiftKey })}
        >
          {signingIn ? 'Signing in…' : 'Sign in to Salesforce'}
        </button>
        {/* Focus moves to Cancel: the sign-in button is disabled now, and cancelling is what can be done. */}
        {signingIn && (
          <button type="button" className="ui-button" onClick={auth.cancelSignIn} autoFocus>
            Cancel
          </button>
        )}
      </div>
      <p className="auth-hint" role="status">
        {signingIn ? (
          'Finish signing in in the Salesforce window.'
        ) : (
          <>
            Signs in at <strong>{new URL(auth.settings.loginUrl).host}</strong>. Shift-click to sign in to a sandbox.
          </>
        )}
      </p>
    </section>
  );
}
