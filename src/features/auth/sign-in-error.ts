import { ERROR_COPY, isSalesforceError, OAuthTokenError } from '../../salesforce';

/** Why a sign-in did not finish; `cancelled` needs no message (the user closed the window or pressed Cancel). */
export type SignInFailure = 'cancelled' | 'popup-blocked' | 'denied' | 'timed-out' | 'refused';

/** A problem to show on the sign-in screen: what happened and what to do. */
export interface AuthProblem {
  readonly message: string;
  readonly action: string;
}

const COPY: Readonly<Record<Exclude<SignInFailure, 'cancelled' | 'refused'>, AuthProblem>> = {
  'popup-blocked': {
    message: 'Your browser blocked the Salesforce sign-in window.',
    action: 'Allow pop-ups for this page, then sign in again',
  },
  denied: { message: 'Salesforce access was not allowed.', action: 'Sign in again and choose Allow' },
  'timed-out': { message: 'Signing in took too long.', action: 'Sign in again' },
};

/** A saved login that could not be checked for a reason other than Salesforce refusing it. */
export const UNREACHABLE: AuthProblem = { message: "Can't reach Salesforce.", action: 'Check your connection and try again' };

export class SignInError extends Error {
  override readonly name = 'SignInError';

  constructor(
    readonly failure: SignInFailure,
    /** Salesforce's own words, for `refused`. */
    readonly detail?: string,
  ) {
    super(detail ? `${failure}: ${detail}` : failure);
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof SignInError && error.failure === 'cancelled';
}

/** The message for anything a sign-in, a restore or a sign-out can throw. */
export function authProblem(error: unknown): AuthProblem | undefined {
  if (error instanceof SignInError) {
    if (error.failure === 'cancelled') return undefined;
    if (error.failure !== 'refused') return COPY[error.failure];
    return refused(error.detail);
  }
  if (error instanceof OAuthTokenError) {
    if (error.grantRejected) return { message: ERROR_COPY.INVALID_SESSION_ID.userMessage, action: ERROR_COPY.INVALID_SESSION_ID.action };
    return refused(error.description);
  }
  if (isSalesforceError(error)) return { message: error.userMessage, action: error.action };
  return { message: 'Signing in to Salesforce failed.', action: 'Sign in again' };
}

function refused(detail: string | undefined): AuthProblem {
  return {
    message: detail ? `Salesforce refused the sign-in: ${detail}.` : 'Salesforce refused the sign-in.',
    action: 'Sign in again; if it keeps happening, ask your admin to check the sidebar’s Salesforce app',
  };
}
