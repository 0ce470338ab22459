// @vitest-environment jsdom
import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { useSalesforce } from '../../salesforce';
import { ApiLimitNotice } from './api-limit-notice';
import type { AuthController } from './auth-controller';
import { authHarness } from './test-support/auth-harness';
import { renderWithAuth } from './test-support/render-auth';

const fakeOrg = withFakeOrg();
const controllers: AuthController[] = [];
afterEach(() => controllers.splice(0).forEach((controller) => controller.dispose()));

/** Any feature's query: the notice watches them all. */
function ContactDescribe() {
  const { client, orgKey } = useSalesforce();
  const describe = useQuery({ queryKey: ['salesforce', orgKey, 'describe', 'Contact'], queryFn: () => client.describe('Contact', { force: true }) });
  return (
    <button type="button" onClick={() => void describe.refetch()}>
      {describe.isSuccess ? 'Loaded' : describe.isError ? 'Failed' : 'Loading'}
    </button>
  );
}

describe('ApiLimitNotice', () => {
  it('once the limit is hit, shows the usage and that Salesforce frees requests over a rolling 24 hours', async () => {
    const org = fakeOrg();
    const auth = authHarness(org);
    controllers.push(auth.controller);
    await auth.controller.signIn();
    org.org.faults.apiLimitExhausted = true;

    renderWithAuth(
      <>
        <ApiLimitNotice />
        <ContactDescribe />
      </>,
      auth,
    );

    await screen.findByRole('button', { name: 'Failed' });
    const notice = await screen.findByText(/API requests used in the last 24 hours/);
    expect(notice).toHaveTextContent('0 of 15,000 API requests used in the last 24 hours.');
    expect(notice).toHaveTextContent('Salesforce counts requests over a rolling 24 hours, so the sidebar works again as older requests age out.');

    org.org.faults.apiLimitExhausted = false;
    await userEvent.click(screen.getByRole('button', { name: 'Failed' }));

    await screen.findByRole('button', { name: 'Loaded' });
    expect(screen.queryByText(/API requests used in the last 24 hours/)).toBeNull();
  });
});
