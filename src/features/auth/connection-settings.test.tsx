// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import type { AuthController, AuthState } from './auth-controller';
import { ConnectionSettings } from './connection-settings';
import { authHarness } from './test-support/auth-harness';
import { renderWithAuth } from './test-support/render-auth';

const fakeOrg = withFakeOrg();
const controllers: AuthController[] = [];
afterEach(() => controllers.splice(0).forEach((controller) => controller.dispose()));

async function signedIn() {
  const org = fakeOrg();
  const auth = authHarness(org);
  controllers.push(auth.controller);
  await auth.controller.signIn();
  return { org, auth, session: sessionOf(auth.controller.getState()) };
}

function sessionOf(state: AuthState) {
  if (state.phase !== 'signed-in') throw new Error('not signed in');
  return state.session;
}

function fact(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`);
  return dd;
}

describe('ConnectionSettings', () => {
  it('shows the org and user the sidebar is connected as', async () => {
    const { org, auth } = await signedIn();

    renderWithAuth(<ConnectionSettings />, auth);

    expect(screen.getByRole('heading', { name: 'Salesforce connection' })).toBeVisible();
    await waitFor(() => expect(fact('Org')).toHaveTextContent(`Demo Orgdemo.my.salesforce.comOrg ID ${org.org.orgId}`));
    await waitFor(() => expect(fact('User')).toHaveTextContent('Avery Admin (avery.admin@demo-org.example)'));
  });

  it('shows the org’s API usage from the last response, as the org counts it', async () => {
    const { org, auth, session } = await signedIn();
    const { unmount } = renderWithAuth(<ConnectionSettings />, auth);
    expect(fact('API usage')).toHaveTextContent('Known after the next Salesforce request');
    await waitFor(() => expect(fact('Org')).toHaveTextContent('Demo Org'));
    unmount();

    await session.client.describe('Contact');
    renderWithAuth(<ConnectionSettings />, auth);

    expect(fact('API usage')).toHaveTextContent(`${org.org.usage.served} of 15,000 API requests used in the last 24 hours`);
    expect(org.org.usage.served).toBe(2);
  });

  it('signs out: the token is revoked in Salesforce and forgotten here', async () => {
    const { org, auth } = await signedIn();
    const refreshToken = auth.store.read(org.instanceUrl)?.refreshToken ?? '';
    renderWithAuth(<ConnectionSettings />, auth);

    await userEvent.click(within(screen.getByRole('region', { name: 'Salesforce connection' })).getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(org.org.auth.refreshTokenOwner(refreshToken)).toBeUndefined());
    expect(auth.controller.getState().phase).toBe('signed-out');
    expect(auth.store.latest()).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Salesforce connection' })).toBeNull();
  });
});
