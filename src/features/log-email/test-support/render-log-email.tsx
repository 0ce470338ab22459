import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import { renderWithOrg, staticHost, type RenderWithOrgOptions } from '../../../../test/support/render-with-org';
import type { HostAdapter } from '../../../host';
import { SEED_PEOPLE } from '../../../fake-org/seed/default/seed-people';
import type { FakeOrg } from '../../../fake-org/org';
import { LogEmailScreen } from '../log-email-screen';
import type { LogTarget } from '../log-target';
import { CONVERSATION, MESSAGES } from './conversation-fixtures';

/** Front's paging: the oldest messages first, the rest behind a page token. */
export function conversationHost(overrides: Partial<HostAdapter> = {}): HostAdapter {
  return staticHost(CONVERSATION, {
    listMessages: (pageToken) =>
      Promise.resolve(
        pageToken === undefined
          ? { messages: [MESSAGES.question, MESSAGES.answer], nextPageToken: 'page:2' }
          : { messages: [MESSAGES.thanks] },
      ),
    ...overrides,
  });
}

export function accountTarget(org: FakeOrg): LogTarget {
  const account = org.records.all('Account').find((record) => record.Name === SEED_PEOPLE.rich.account);
  if (typeof account?.Id !== 'string') throw new Error('The seed has no Acme Robotics');
  return { sobject: 'Account', id: account.Id, name: SEED_PEOPLE.rich.account };
}

export function mayaTarget(org: FakeOrg): LogTarget {
  const contact = org.records.all('Contact').find((record) => record.Email === SEED_PEOPLE.rich.email);
  if (typeof contact?.Id !== 'string') throw new Error('The seed has no Maya Chen');
  return { sobject: 'Contact', id: contact.Id, name: `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`, emails: [SEED_PEOPLE.rich.email] };
}

/** The screen as the app opens it, over the two-page conversation unless `options.host` says otherwise. */
export function renderLogEmail(harness: FakeOrgHarness, target: LogTarget, options: RenderWithOrgOptions = {}) {
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const user = userEvent.setup();
  const rendered = renderWithOrg(<LogEmailScreen target={target} onDone={onDone} onCancel={onCancel} />, harness, {
    host: conversationHost(),
    ...options,
  });
  return { ...rendered, user, onDone, onCancel };
}

/** How long to wait for what takes a few calls to the fake org: testing-library's 1 s is too short on a loaded machine. */
export const ORG_ROUND_TRIPS = { timeout: 5_000 };

/** A message's checkbox in the picker, found by its subject. */
export function messageOption(subject: string, scope: HTMLElement = document.body) {
  return within(scope).findByRole('checkbox', { name: new RegExp(subject) });
}

/** Picks Maya's question and the agent's answer, logs them, and waits for the screen to finish. */
export async function logQuestionAndAnswer(view: ReturnType<typeof renderLogEmail>) {
  const scope = within(view.container);
  await view.user.click(await messageOption(MESSAGES.question.subject, view.container));
  await view.user.click(await messageOption(MESSAGES.answer.subject, view.container));
  await waitFor(() => expect(scope.getByRole('button', { name: 'Log 2 emails' })).toBeEnabled(), ORG_ROUND_TRIPS);
  await view.user.click(scope.getByRole('button', { name: 'Log 2 emails' }));
  await waitFor(() => expect(view.onDone).toHaveBeenCalledOnce(), ORG_ROUND_TRIPS);
}
