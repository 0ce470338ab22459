// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { MESSAGES } from './test-support/conversation-fixtures';
import { emailsSentTo, loggedTasksOn } from './test-support/logged-records';
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
  it('logs EmailMessages with the contact as their To recipient, once however often it is submitted', async () => {
    const target = await logTwiceFromTwoScreens();
    const { org } = fakeOrg();

    const emails = emailsSentTo(org, target.id);
    expect(emails.map((email) => email.MessageIdentifier).sort()).toEqual([MESSAGES.answer.id, MESSAGES.question.id].sort());
    expect(emails.map((email) => email.RelatedToId ?? null)).toEqual([null, null]);
    const question = emails.find((email) => email.MessageIdentifier === MESSAGES.question.id);
    expect(question).toMatchObject({ Subject: MESSAGES.question.subject, Status: '3', Incoming: true });
    expect(org.records.all('EmailMessageRelation').filter((relation) => relation.EmailMessageId === question?.Id)).toEqual([
      expect.objectContaining({ RelationId: target.id, RelationType: 'ToAddress', RelationObjectType: 'Contact', RelationAddress: SEED_PEOPLE.rich.email }),
    ]);
    expect(loggedTasksOn(org, 'WhoId', target.id)).toEqual([]);
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
