import { describe, expect, it } from 'vitest';
import { ERROR_COPY } from './error-messages';

// The issue's wording ("Your Salesforce login is invalid — sign in again", "Salesforce API access required — ask
// your admin for the API Enabled permission"), split into what happened and what to do, as every error is.
describe('error copy', () => {
  it('says an invalid login needs a new sign-in', () => {
    expect(ERROR_COPY.INVALID_SESSION_ID).toEqual({ userMessage: 'Your Salesforce login is invalid.', action: 'Sign in again' });
  });

  it('says a user without API access needs the API Enabled permission', () => {
    expect(ERROR_COPY.API_CURRENTLY_DISABLED).toEqual({
      userMessage: 'Salesforce API access required.',
      action: 'Ask your admin for the API Enabled permission',
    });
  });

  it('promises no reset time for the API limit, which Salesforce counts over a rolling 24 hours', () => {
    expect(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.action).toContain('over the next 24 hours');
    expect(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.userMessage).not.toMatch(/today|midnight/);
  });
});
