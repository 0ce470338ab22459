// @vitest-environment jsdom
import { useMutation } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { useSalesforce } from '../../salesforce';
import { ActionError } from '../../ui';
import type { AuthController } from './auth-controller';
import { SignInProgress } from './sign-in-progress';
import { authHarness } from './test-support/auth-harness';
import type { PopupAnswer } from './test-support/fake-popup';
import { renderWithAuth } from './test-support/render-auth';

const fakeOrg = withFakeOrg();
const controllers: AuthController[] = [];
afterEach(() => controllers.splice(0).forEach((controller) => controller.dispose()));

/** A screen with a pending save, as the edit and create screens have. */
function NewContactForm() {
  const { client } = useSalesforce();
  const [lastName, setLastName] = useState('');
  const save = useMutation({ mutationFn: () => client.create('Contact', { LastName: lastName }) });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <label>
        Last name
        <input value={lastName} onChange={(event) => setLastName(event.target.value)} />
      </label>
      <button type="submit">Save</button>
      {save.isError && <ActionError error={save.error} onRetry={() => save.mutate()} />}
      {save.isSuccess && <p>Saved</p>}
    </form>
  );
}

/** Signed in, then the session dies at Salesforce (refresh token revoked): the next save cannot refresh. */
async function sessionThatEnds(answer: PopupAnswer) {
  const org = fakeOrg();
  const auth = authHarness(org);
  controllers.push(auth.controller);
  await auth.controller.signIn();
  org.org.auth.revoke(auth.store.read(org.instanceUrl)?.refreshToken ?? '');
  auth.popup.answer = answer;
  renderWithAuth(
    <>
      <SignInProgress />
      <NewContactForm />
    </>,
    auth,
  );
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Last name'), 'Quillfeather');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Your Salesforce login is invalid.');
  return { org, user };
}

describe('"Sign in again" while signed in', () => {
  it('signs in through the popup, then the pending save completes with what was typed', async () => {
    const { org, user } = await sessionThatEnds('allow');

    await user.click(screen.getByRole('button', { name: 'Sign in again' }));

    expect(await screen.findByText('Saved')).toBeVisible();
    expect(org.org.records.all('Contact').filter((contact) => contact.LastName === 'Quillfeather')).toHaveLength(1);
    expect(screen.getByLabelText('Last name')).toHaveValue('Quillfeather');
  });

  it('says where to finish while waiting; Cancel keeps the error, the form and the way to sign in', async () => {
    const { org, user } = await sessionThatEnds('wait');

    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByText('Finish signing in in the Salesforce window.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in again' })).toBeEnabled());
    expect(screen.queryByText('Finish signing in in the Salesforce window.')).toBeNull();
    expect(screen.getByLabelText('Last name')).toHaveValue('Quillfeather');
    expect(org.org.records.all('Contact').filter((contact) => contact.LastName === 'Quillfeather')).toHaveLength(0);
  });
});
