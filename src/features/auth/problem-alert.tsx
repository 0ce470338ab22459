import type { AuthProblem } from './sign-in-error';
import './auth.css';

/** A sign-in problem: what happened, and what to do. */
export function ProblemAlert({ problem }: { problem: AuthProblem }) {
  return (
    <div className="auth-problem" role="alert">
      <p className="auth-problem-title">{problem.message}</p>
      <p className="auth-problem-action">{problem.action}.</p>
    </div>
  );
}
