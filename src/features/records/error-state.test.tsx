// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { connectTo } from '../../../test/salesforce/support';
import { createSalesforceClient, SalesforceError } from '../../salesforce';
import { PanelError } from './error-state';

const fakeOrg = withFakeOrg();
afterEach(cleanup);

// The error the real client raises when the fake org refuses the request, as the panel would receive it.
async function failureOfDescribe(): Promise<unknown> {
  const client = createSalesforceClient(connectTo(fakeOrg()));
  return client.describe('Contact').then(
    () => {
      throw new Error('the fake org was expected to refuse');
    },
    (error: unknown) => error,
  );
}

describe('PanelError', () => {
  it('tells an agent whose session ended to sign in again', async () => {
    fakeOrg().org.faults.expiredSession = true;
    render(<PanelError error={await failureOfDescribe()} />);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Your Salesforce login is invalid.');
    expect(alert.textContent).toContain('Sign in again.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a sign-in button for an ended session when the app can sign in', async () => {
    fakeOrg().org.faults.expiredSession = true;
    const onSignIn = vi.fn();
    render(<PanelError error={await failureOfDescribe()} onSignIn={onSignIn} />);

    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));

    expect(onSignIn).toHaveBeenCalledOnce();
  });

  it('explains an exhausted daily API limit', async () => {
    fakeOrg().org.faults.apiLimitExhausted = true;
    render(<PanelError error={await failureOfDescribe()} />);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Your Salesforce org has reached its API request limit.');
    expect(alert.textContent).toContain('Try again later (requests free up over the next 24 hours), or ask your Salesforce admin to raise the limit.');
  });

  it('explains an org without API access', async () => {
    fakeOrg().org.faults.apiDisabled = true;
    render(<PanelError error={await failureOfDescribe()} />);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Salesforce API access required.');
    expect(alert.textContent).toContain('Ask your admin to turn on API access for your Salesforce org.');
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
  });

  it('offers "Try again" when the app can retry', async () => {
    const onRetry = vi.fn();
    render(<PanelError error={new SalesforceError({ code: 'SERVER_UNAVAILABLE', status: 503 })} onRetry={onRetry} />);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('falls back to a generic headline with the error message, masking anything token-shaped', () => {
    render(<PanelError error={new Error('Unexpected reply for Bearer 00D5g000004ZmKt!AQsecret-token')} />);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain("Couldn't load Salesforce records");
    expect(alert.textContent).toContain('Unexpected reply for Bearer [redacted]');
    expect(alert.textContent).not.toContain('AQsecret-token');
  });

  it('never prints a thrown non-Error value', () => {
    render(<PanelError error={{ accessToken: '00D5g000004ZmKt!AQsecret-token' }} />);

    expect(screen.getByRole('alert').textContent).toBe("Couldn't load Salesforce records");
  });
});
