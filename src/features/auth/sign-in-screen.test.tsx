// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import type { AuthController } from './auth-controller';
import { SignInScreen } from './sign-in-screen';
import { authHarness } from './test-support/auth-harness';
import type { PopupAnswer } from './test-support/fake-popup';
import { renderWithAuth } from './test-support/render-auth';

const fakeOrg = withFakeOrg();
const controllers: AuthController[] = [];
afterEach(() => controllers.splice(0).forEach((controller) => controller.dispose()));

async function signInScreen(answer: PopupAnswer = 'allow') {
  const auth = authHarness(fakeOrg(), { answer });
  controllers.push(auth.controller);
  await auth.controller.restore();
  renderWithAuth(<SignInScreen />, auth);
  return { ...auth, user: userEvent.setup() };
}

describe('SignInScreen', () => {
  it('names the app, the login host and the sandbox shortcut', async () => {
    await signInScreen();

    expect(screen.getByRole('heading', { name: 'Salesforce for Front' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Signs in at demo.my.salesforce.com. Shift-click to sign in to a sandbox.');
  });

  it('signs in at My Domain on a click', async () => {
    const { user, popup, controller } = await signInScreen();

    await user.click(screen.getByRole('button', { name: 'Sign in to Salesforce' }));

    await waitFor(() => expect(controller.getState().phase).toBe('signed-in'));
    expect(new URL(popup.shown[0] ?? '').origin).toBe('https://demo.my.salesforce.com');
  });

  it('signs in to a sandbox on Shift-click, and with Shift+Enter from the keyboard', async () => {
    const { user, popup } = await signInScreen('wait');

    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: 'Sign in to Salesforce' }));
    await user.keyboard('{/Shift}');

    await waitFor(() => expect(popup.shown).toHaveLength(1));
    expect(new URL(popup.shown[0] ?? '').origin).toBe('https://test.salesforce.com');
  });

  it('says where to finish while waiting, and Cancel gives the button back', async () => {
    const { user } = await signInScreen('wait');

    await user.click(screen.getByRole('button', { name: 'Sign in to Salesforce' }));

    expect(await screen.findByRole('button', { name: 'Signing in…' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Finish signing in in the Salesforce window.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const signIn = await screen.findByRole('button', { name: 'Sign in to Salesforce' });
    expect(signIn).toBeEnabled();
    expect(signIn).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what to do when access was denied', async () => {
    const { user } = await signInScreen('deny');

    await user.click(screen.getByRole('button', { name: 'Sign in to Salesforce' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Salesforce access was not allowed.');
    expect(alert).toHaveTextContent('Sign in again and choose Allow.');
  });

  it('says the browser blocked the window when no popup could open', async () => {
    const { user, popup } = await signInScreen();
    popup.blocked = true;

    await user.click(screen.getByRole('button', { name: 'Sign in to Salesforce' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your browser blocked the Salesforce sign-in window.');
  });
});
