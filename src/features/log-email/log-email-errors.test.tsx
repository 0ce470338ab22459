// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { ERROR_COPY } from '../../salesforce';
import { MESSAGES } from './test-support/conversation-fixtures';
import { refuseSubrequests } from './test-support/refuse-subrequests';
import { accountTarget, conversationHost, renderLogEmail } from './test-support/render-log-email';

const fakeOrg = withFakeOrg();

const emailsTo = (targetId: string) => fakeOrg().org.records.all('EmailMessage').filter((record) => record.RelatedToId === targetId);
const option = (subject: string) => screen.findByRole('checkbox', { name: new RegExp(subject) });

async function selectBoth(view: ReturnType<typeof renderLogEmail>) {
  await view.user.click(await option(MESSAGES.question.subject));
  await view.user.click(await option(MESSAGES.answer.subject));
  const button = screen.getByRole('button', { name: 'Log 2 emails' });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

/** Salesforce refuses the subrequest that logs `messageId`. */
function refuseOneMessage(messageId: string) {
  refuseSubrequests(fakeOrg(), (body) => body.MessageIdentifier === messageId);
}

describe('LogEmailScreen errors', () => {
  it('signs in again after the session expired, then logs once', async () => {
    const { org } = fakeOrg();
    const target = accountTarget(org);
    const signIn = vi.fn(() => {
      org.faults.expiredSession = false;
      return Promise.resolve();
    });
    const view = renderLogEmail(fakeOrg(), target, { host: conversationHost(), signIn });
    await view.user.click(await option(MESSAGES.question.subject));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log 1 email' })).toBeEnabled());
    org.faults.expiredSession = true;
    await view.user.click(screen.getByRole('button', { name: 'Log 1 email' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(ERROR_COPY.INVALID_SESSION_ID.userMessage);
    expect(emailsTo(target.id)).toHaveLength(0);
    await view.user.click(within(alert).getByRole('button', { name: 'Sign in again' }));

    await waitFor(() => expect(view.onDone).toHaveBeenCalledOnce());
    expect(signIn).toHaveBeenCalledOnce();
    expect(emailsTo(target.id).map((email) => email.MessageIdentifier)).toEqual([MESSAGES.question.id]);
  });

  it('explains the API limit and keeps the selection', async () => {
    const target = accountTarget(fakeOrg().org);
    const view = renderLogEmail(fakeOrg(), target);
    const button = await selectBoth(view);
    fakeOrg().org.faults.apiLimitExhausted = true;
    await view.user.click(button);

    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.userMessage);
    expect(await option(MESSAGES.question.subject)).toBeChecked();
    expect(await option(MESSAGES.answer.subject)).toBeChecked();
    expect(screen.getByRole('button', { name: 'Log 2 emails' })).toBeEnabled();
    expect(view.onDone).not.toHaveBeenCalled();
    expect(emailsTo(target.id)).toHaveLength(0);
  });

  it('reports a missing permission for each email and keeps them selected', async () => {
    const target = accountTarget(fakeOrg().org);
    const view = renderLogEmail(fakeOrg(), target);
    const button = await selectBoth(view);
    fakeOrg().org.faults.readOnlyObjects = ['EmailMessage'];
    await view.user.click(button);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("2 emails couldn't be logged.");
    expect(within(alert).getAllByText(new RegExp(ERROR_COPY.INSUFFICIENT_ACCESS_OR_READONLY.userMessage))).toHaveLength(2);
    expect(await option(MESSAGES.answer.subject)).toBeChecked();
    expect(view.onDone).not.toHaveBeenCalled();
  });

  it('logs what Salesforce accepts, names what it refused, and logs that on the next try', async () => {
    const target = accountTarget(fakeOrg().org);
    const view = renderLogEmail(fakeOrg(), target);
    const button = await selectBoth(view);
    refuseOneMessage(MESSAGES.answer.id);
    await view.user.click(button);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("1 email couldn't be logged. 1 was logged.");
    expect(alert).toHaveTextContent(MESSAGES.answer.subject);
    await waitFor(async () => expect(await option(MESSAGES.question.subject)).toHaveAccessibleName(/Logged/));
    expect(await option(MESSAGES.answer.subject)).toBeChecked();
    expect(emailsTo(target.id)).toHaveLength(1);

    fakeOrg().server.resetHandlers();
    await view.user.click(screen.getByRole('button', { name: 'Log 1 email' }));
    await waitFor(() => expect(view.onDone).toHaveBeenCalledOnce());
    expect(emailsTo(target.id)).toHaveLength(2);
  });

  it('says when the logged state cannot be checked, and does not log blind', async () => {
    fakeOrg().org.faults.apiLimitExhausted = true;
    const view = renderLogEmail(fakeOrg(), accountTarget(fakeOrg().org));
    await view.user.click(await option(MESSAGES.question.subject));

    expect(await screen.findByRole('alert')).toHaveTextContent(ERROR_COPY.REQUEST_LIMIT_EXCEEDED.userMessage);
    expect(screen.getByRole('button', { name: 'Log 1 email' })).toBeDisabled();
  });

  it('offers to try again when Front cannot list the messages', async () => {
    const host = conversationHost();
    const listMessages = vi.fn((pageToken?: string) => host.listMessages(pageToken)).mockRejectedValueOnce(new Error('bridge closed'));
    const view = renderLogEmail(fakeOrg(), accountTarget(fakeOrg().org), { host: { ...host, listMessages } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load this conversation's messages from Front.");
    await view.user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await option(MESSAGES.question.subject)).toBeInTheDocument();
  });
});
