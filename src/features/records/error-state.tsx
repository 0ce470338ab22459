import { isSalesforceError, redactSecrets } from '../../salesforce';
import './records.css';
import './panel-states.css';

export interface PanelErrorProps {
  error: unknown;
  /** Offers "Try again" when given. */
  onRetry?: () => void;
  /** Offers "Sign in again" for an ended session when given (instead of only saying so). */
  onSignIn?: () => void;
}

const MAX_DETAIL_LENGTH = 200;

interface ErrorCopy {
  title: string;
  detail: string | undefined;
}

// Anything that isn't a SalesforceError is a bug or a network oddity: its message helps support, but may be
// long (a zod report) or echo a body, so it is masked and cut short.
function errorCopy(error: unknown, offersSignIn: boolean): ErrorCopy {
  if (isSalesforceError(error)) {
    // When the action is a button, saying it again as a sentence adds nothing.
    return { title: error.userMessage, detail: offersSignIn ? undefined : `${error.action}.` };
  }
  const message = error instanceof Error ? redactSecrets(error.message).trim() : '';
  const detail = message.length > MAX_DETAIL_LENGTH ? `${message.slice(0, MAX_DETAIL_LENGTH)}…` : message;
  return { title: "Couldn't load Salesforce records", detail: detail || undefined };
}

/** Why the panel has nothing to show, in the user's terms, and what they can do about it. */
export function PanelError({ error, onRetry, onSignIn }: PanelErrorProps) {
  const offersSignIn = onSignIn !== undefined && isSalesforceError(error, 'INVALID_SESSION_ID');
  const { title, detail } = errorCopy(error, offersSignIn);
  return (
    <div className="records-error" role="alert">
      <p className="records-error-title">{title}</p>
      {detail && <p className="records-error-detail">{detail}</p>}
      {(offersSignIn || onRetry) && (
        <div className="records-error-actions">
          {offersSignIn && (
            <button type="button" className="records-button records-button-primary" onClick={onSignIn}>
              Sign in again
            </button>
          )}
          {onRetry && (
            <button type="button" className="records-button" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      )}
    </div>
  );
}
