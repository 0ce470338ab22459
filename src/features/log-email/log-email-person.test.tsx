// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { MESSAGES } from './test-support/conversation-fixtures';
import { emailsWith, loggedTasksOn, relationsOf } from './test-support/logged-records';
import { refuseSubrequests } from './test-support/refuse-subrequests';
import { logQuestionAndAnswer, mayaTarget, messageOption, ORG_ROUND_TRIPS, renderLogEmail } from './test-support/render-log-email';

const fakeOrg = withFakeOrg();

/** Logs the question and answer from a screen opened before another one logged them, so its list is stale. */
async function logTwiceFromTwoScreens() {
  const target = mayaTarget(fakeOrg().org);
  const stale = renderLogEmail(fakeOrg(), target);
  await messageOption(MESSAGES.question.subject, stale.container);
  const first = renderLogEmail(fakeOrg(), target);
  await logQuestionAndAnswer(first);
  first.unmount();
  await logQuestionAndAnswer(stale);
  stale.unmount();
  return target;
}

describe('LogEmailScreen for a person', () => {
  it('logs her own message with her as its sender, the team’s answer to her from the signed-in user, once each', async () => {
    const target = await logTwiceFromTwoScreens();
    const { org } = fakeOrg();

    const emails = emailsWith(org, target.id);
    expect(emails.map((email) => email.MessageIdentifier).sort()).toEqual([MESSAGES.answer.id, MESSAGES.question.id].sort());
    expect(emails.map((email) => email.RelatedToId ?? null)).toEqual([null, null]);
    const question = emails.find((email) => email.MessageIdentifier === MESSAGES.question.id);
    expect(question).toMatchObject({ Subject: MESSAGES.question.subject, Status: '3', Incoming: true, FromAddress: SEED_PEOPLE.rich.email });
    expect(relationsOf(org, question?.Id)).toEqual([['FromAddress', target.id, 'Contact', SEED_PEOPLE.rich.email]]);
    const answer = emails.find((email) => email.MessageIdentifier === MESSAGES.answer.id);
    expect(answer).toMatchObject({ Incoming: false, FromAddress: MESSAGES.answer.from.handle });
    expect(relationsOf(org, answer?.Id)).toEqual([
      ['FromAddress', org.userId, 'User', MESSAGES.answer.from.handle],
      ['ToAddress', target.id, 'Contact', SEED_PEOPLE.rich.email],
    ]);
    expect(loggedTasksOn(org, 'WhoId', target.id)).toEqual([]);
  });

  it('logs an email with its sender’s relation or not at all, and once when tried again', async () => {
    const { org } = fakeOrg();
    const target = mayaTarget(org);
    refuseSubrequests(fakeOrg(), (body) => body.RelationType === 'FromAddress' && body.RelationId === target.id);
    const view = renderLogEmail(fakeOrg(), target);
    await view.user.click(await messageOption(MESSAGES.question.subject));
    await view.user.click(await messageOption(MESSAGES.answer.subject));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log 2 emails' })).toBeEnabled(), ORG_ROUND_TRIPS);
    await view.user.click(screen.getByRole('button', { name: 'Log 2 emails' }));

    const alert = await screen.findByRole('alert', {}, ORG_ROUND_TRIPS);
    expect(alert).toHaveTextContent("1 email couldn't be logged. 1 was logged.");
    expect(within(alert).getByText(new RegExp(MESSAGES.question.subject))).toBeInTheDocument();
    const logged = () => org.records.all('EmailMessage').map((email) => email.MessageIdentifier).sort();
    expect(logged()).toEqual([MESSAGES.answer.id]);

    fakeOrg().server.resetHandlers();
    await view.user.click(screen.getByRole('button', { name: 'Log 1 email' }));
    await waitFor(() => expect(view.onDone).toHaveBeenCalledOnce(), ORG_ROUND_TRIPS);
    expect(logged()).toEqual([MESSAGES.answer.id, MESSAGES.question.id].sort());
    expect(emailsWith(org, target.id)).toHaveLength(2);
  });

  it('shows the emails as logged when opened again', async () => {
    const target = await logTwiceFromTwoScreens();
    renderLogEmail(fakeOrg(), target);

    const question = await messageOption(MESSAGES.question.subject);
    await waitFor(() => expect(question).toBeDisabled(), ORG_ROUND_TRIPS);
    expect(question).toHaveAccessibleName(/Logged/);
    expect(await messageOption(MESSAGES.answer.subject)).toHaveAccessibleName(/Logged/);
    expect(screen.queryByText(/logged as completed tasks/)).not.toBeInTheDocument();
  });
});

describe('LogEmailScreen for a person without EmailMessageRelation', () => {
  function expectLoggedAsTasksOnce(personId: string) {
    const { org } = fakeOrg();
    const tasks = loggedTasksOn(org, 'WhoId', personId);
    expect(tasks).toHaveLength(2);
    expect(tasks.map((task) => task.WhatId ?? null)).toEqual([null, null]);
    expect(tasks.map((task) => task.Description)).toEqual(expect.arrayContaining([expect.stringContaining(`Front message: ${MESSAGES.answer.id}`)]));
    expect(org.records.all('EmailMessage')).toEqual([]);
  }

  it('logs tasks on the person when the org has no EmailMessageRelation', async () => {
    const { org } = fakeOrg();
    org.metadata.remove('EmailMessageRelation');
    const target = mayaTarget(fakeOrg().org);
    const hinted = renderLogEmail(fakeOrg(), target);
    expect(await screen.findByText(/logged as completed tasks/)).toBeInTheDocument();
    hinted.unmount();

    await logTwiceFromTwoScreens();
    expectLoggedAsTasksOnce(target.id);
  });

  it('logs tasks on the person when the user may not query EmailMessageRelation', async () => {
    const { org } = fakeOrg();
    const relation = org.metadata.describe('EmailMessageRelation');
    if (!relation) throw new Error('The fake org has no EmailMessageRelation');
    org.metadata.define({ ...relation, queryable: false });

    const target = await logTwiceFromTwoScreens();
    expectLoggedAsTasksOnce(target.id);
  });
});
