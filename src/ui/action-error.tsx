import { useState } from 'react';
import { isSalesforceError, redactSecrets } from '../salesforce';
import { useSignIn } from './sign-in-context';
import './ui.css';

export interface ActionErrorProps {
  /** What the failed save, create, convert or log threw. */
  error: unknown;
  /**
   * Runs the action again: offered as "Try again" for transient failures, and run by itself after "Sign in
   * again" succeeds, so a save interrupted by an expired session completes without the user retyping anything.
   */
  onRetry?: () => void;
}

const MAX_DETAIL_LENGTH = 200;

// Only failures that may pass by themselves get "Try again"; the others need the user (or an admin) to change
// something first, and retrying them would spend API calls for the same answer.
const TRANSIENT_CODES = new Set(['NETWORK', 'SERVER_UNAVAILABLE', 'UNKNOWN']);
const isTransient = (error: unknown) => !isSalesforceError(error) || TRANSIENT_CODES.has(error.code);

function describe(error: unknown): { title: string; detail?: string } {
  if (isSalesforceError(error)) return { title: error.userMessage, detail: `${error.action}.` };
  const message = error instanceof Error ? redactSecrets(error.message).trim() : '';
  return { title: 'Something went wrong.', detail: message.slice(0, MAX_DETAIL_LENGTH) || undefined };
}

/** Why an action failed, in the user's terms, with what they can do: sign in again, or try again. */
export function ActionError({ error, onRetry }: ActionErrorProps) {
  const signIn = useSignIn();
  const [signingIn, setSigningIn] = useState(false);
  const sessionEnded = isSalesforceError(error, 'INVALID_SESSION_ID');
  const { title, detail } = describe(error);

  const signInAndRetry = async () => {
    if (!signIn) return;
    setSigningIn(true);
    try {
      await signIn();
      onRetry?.();
    } catch {
      // The user closed the sign-in window: the error stays, and so does everything they typed.
    } finally {
      setSigningIn(false);
    }
  };

  return (
    <div className="ui-action-error" role="alert">
      <p className="ui-action-error-title">{title}</p>
      {detail && !(sessionEnded && signIn) && <p className="ui-action-error-detail">{detail}</p>}
      <div className="ui-action-error-actions">
        {sessionEnded && signIn && (
          <button type="button" className="ui-button ui-button-primary" disabled={signingIn} onClick={() => void signInAndRetry()}>
            {signingIn ? 'Signing in…' : 'Sign in again'}
          </button>
        )}
        {onRetry && isTransient(error) && (
          <button type="button" className="ui-button" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}
