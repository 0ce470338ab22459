// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { MESSAGES } from './test-support/conversation-fixtures';
import { loggedTasksOn } from './test-support/logged-records';
import { accountTarget, logQuestionAndAnswer, messageOption, ORG_ROUND_TRIPS, renderLogEmail } from './test-support/render-log-email';

const fakeOrg = withFakeOrg();

function withoutEnhancedEmail() {
  const { org } = fakeOrg();
  const emailMessage = org.metadata.describe('EmailMessage');
  if (!emailMessage) throw new Error('The fake org has no EmailMessage');
  org.metadata.define({ ...emailMessage, createable: false });
}

describe('LogEmailScreen without Enhanced Email', () => {
  it('logs completed Email tasks on the account, marked with the Front message id', async () => {
    withoutEnhancedEmail();
    const target = accountTarget(fakeOrg().org);
    const view = renderLogEmail(fakeOrg(), target);
    expect(await screen.findByText(/logged as completed tasks/)).toBeInTheDocument();
    await logQuestionAndAnswer(view);

    const tasks = loggedTasksOn(fakeOrg().org, 'WhatId', target.id);
    expect(tasks).toHaveLength(2);
    const question = tasks.find((task) => task.Subject === `Email: ${MESSAGES.question.subject}`);
    expect(question).toMatchObject({ Status: 'Completed', TaskSubtype: 'Email', ActivityDate: '2026-01-05' });
    expect(question?.WhoId ?? null).toBeNull();
    expect(question?.Description).toBe(
      'From: Maya Chen <maya.chen@acme.example>\nTo: Our Support <support@oursupport.example>\n\n' +
        `Hello team,\nThe arm drifts after the update.\n\nFront message: ${MESSAGES.question.id}`,
    );
    expect(fakeOrg().org.records.all('EmailMessage')).toHaveLength(0);
  });

  it('finds the tasks again: they show as logged and a stale screen does not log them twice', async () => {
    withoutEnhancedEmail();
    const target = accountTarget(fakeOrg().org);
    const stale = renderLogEmail(fakeOrg(), target);
    await messageOption(MESSAGES.question.subject, stale.container);
    const first = renderLogEmail(fakeOrg(), target);
    await logQuestionAndAnswer(first);
    first.unmount();

    await logQuestionAndAnswer(stale);
    expect(loggedTasksOn(fakeOrg().org, 'WhatId', target.id)).toHaveLength(2);

    stale.unmount();
    renderLogEmail(fakeOrg(), target);
    await waitFor(async () => expect(await messageOption(MESSAGES.question.subject)).toBeDisabled(), ORG_ROUND_TRIPS);
    expect(await messageOption(MESSAGES.answer.subject)).toHaveAccessibleName(/Logged/);
  });

  it('uses tasks when Salesforce says the org has no EmailMessage at all', async () => {
    const { org } = fakeOrg();
    org.metadata.remove('EmailMessage');
    const target = accountTarget(org);
    await logQuestionAndAnswer(renderLogEmail(fakeOrg(), target));
    expect(loggedTasksOn(fakeOrg().org, 'WhatId', target.id)).toHaveLength(2);
  });
});
