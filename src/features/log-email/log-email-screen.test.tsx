// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { MESSAGES } from './test-support/conversation-fixtures';
import { relationsOf } from './test-support/logged-records';
import { accountTarget, renderLogEmail } from './test-support/render-log-email';

const fakeOrg = withFakeOrg();

const emailsTo = (targetId: string) => fakeOrg().org.records.all('EmailMessage').filter((record) => record.RelatedToId === targetId);
const option = (subject: string, scope: HTMLElement = document.body) =>
  within(scope).findByRole('checkbox', { name: new RegExp(subject) });
const logButton = (scope: HTMLElement = document.body) => within(scope).getByRole('button', { name: /^Log \d+ emails?$/ });

async function waitUntilKnown(scope: HTMLElement = document.body) {
  await option(MESSAGES.answer.subject, scope);
  await waitFor(() => expect(within(scope).queryByText(/Loading messages/)).not.toBeInTheDocument());
}

describe('LogEmailScreen', () => {
  it('lists the whole conversation newest first, with no click to load the rest, and a plain-text snippet', async () => {
    renderLogEmail(fakeOrg(), accountTarget(fakeOrg().org));
    await waitUntilKnown();
    expect(screen.getByRole('heading', { name: 'Log email' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox').map((box) => box.closest('li')?.querySelector('.log-email-subject')?.textContent)).toEqual([
      MESSAGES.thanks.subject,
      MESSAGES.answer.subject,
      MESSAGES.question.subject,
    ]);
    const question = await option(MESSAGES.question.subject);
    expect(question).toHaveAccessibleDescription('Hello team, The arm drifts after the update.');
    expect(document.querySelector('img, script')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('logs two messages to an Account as EmailMessages holding the email', async () => {
    const target = accountTarget(fakeOrg().org);
    const { user, onDone } = renderLogEmail(fakeOrg(), target);
    await waitUntilKnown();
    await user.click(await option(MESSAGES.question.subject));
    await user.click(await option(MESSAGES.answer.subject));
    await user.click(logButton());

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const saved = emailsTo(target.id);
    expect(saved).toHaveLength(2);
    const question = saved.find((record) => record.MessageIdentifier === MESSAGES.question.id);
    expect(question).toMatchObject({
      Subject: MESSAGES.question.subject,
      FromAddress: MESSAGES.question.from.handle,
      FromName: 'Maya Chen',
      ToAddress: 'support@oursupport.example',
      Status: '3',
      Incoming: true,
      MessageDate: '2026-01-05T09:00:00.000+0000',
      TextBody: 'Hello team,\nThe arm drifts after the update.',
    });
    expect(question?.HtmlBody).toContain('<b>team</b>');
    expect(question?.HtmlBody).not.toMatch(/script|onerror/);
    const answer = saved.find((record) => record.MessageIdentifier === MESSAGES.answer.id);
    expect(answer).toMatchObject({
      Incoming: false,
      FromAddress: 'jordan@oursupport.example',
      ToAddress: MESSAGES.question.from.handle,
      CcAddress: 'ops@acme.example',
      TextBody: MESSAGES.answer.body,
    });
    // The team's answer names the signed-in user as its sender; Maya's question has no known sender to relate.
    expect(relationsOf(fakeOrg().org, answer?.Id)).toEqual([['FromAddress', fakeOrg().org.userId, 'User', 'jordan@oursupport.example']]);
    expect(relationsOf(fakeOrg().org, question?.Id)).toEqual([]);
  });

  it('shows logged messages as logged when opened again, and never logs them twice', async () => {
    const target = accountTarget(fakeOrg().org);
    const first = renderLogEmail(fakeOrg(), target);
    const stale = renderLogEmail(fakeOrg(), target);
    await waitUntilKnown(first.container);
    await waitUntilKnown(stale.container);
    for (const view of [first, stale]) {
      await view.user.click(await option(MESSAGES.question.subject, view.container));
      await view.user.click(await option(MESSAGES.answer.subject, view.container));
    }
    await first.user.click(logButton(first.container));
    await waitFor(() => expect(first.onDone).toHaveBeenCalledOnce());

    // The second screen still believes nothing is logged; the re-check before writing finds both.
    await stale.user.click(logButton(stale.container));
    await waitFor(() => expect(stale.onDone).toHaveBeenCalledOnce());
    expect(emailsTo(target.id)).toHaveLength(2);

    first.unmount();
    stale.unmount();
    renderLogEmail(fakeOrg(), target);
    const question = await option(MESSAGES.question.subject);
    await waitFor(() => expect(question).toBeDisabled());
    expect(question).toBeChecked();
    expect(question).toHaveAccessibleName(/Logged/);
    expect(await option(MESSAGES.answer.subject)).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Log emails' })).toBeDisabled();
  });

  it('logs once on a double-click', async () => {
    const target = accountTarget(fakeOrg().org);
    const { user, onDone } = renderLogEmail(fakeOrg(), target);
    await waitUntilKnown();
    await user.click(await option(MESSAGES.question.subject));
    await user.dblClick(logButton());

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(emailsTo(target.id)).toHaveLength(1);
  });

  it('logs once when two screens submit at the same moment', async () => {
    const target = accountTarget(fakeOrg().org);
    const views = [renderLogEmail(fakeOrg(), target), renderLogEmail(fakeOrg(), target)];
    for (const view of views) {
      await waitUntilKnown(view.container);
      await view.user.click(await option(MESSAGES.question.subject, view.container));
    }
    views.forEach((view) => logButton(view.container).click());

    await waitFor(() => views.forEach((view) => expect(view.onDone).toHaveBeenCalledOnce()));
    expect(emailsTo(target.id)).toHaveLength(1);
  });

  it('selects every message not yet logged at once, and logs them to an opportunity', async () => {
    const { org } = fakeOrg();
    const opportunity = org.records.all('Opportunity').find((record) => record.Name === 'Acme Robotics - Premium Support Renewal');
    const target = { sobject: 'Opportunity', id: String(opportunity?.Id), name: String(opportunity?.Name) };
    const { user, onDone } = renderLogEmail(fakeOrg(), target);
    await waitUntilKnown();
    await user.click(screen.getByRole('button', { name: 'Select all' }));
    expect(screen.getByRole('button', { name: 'Clear selection' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log 3 emails' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(emailsTo(target.id).map((email) => email.MessageIdentifier).sort()).toEqual([MESSAGES.answer.id, MESSAGES.question.id, MESSAGES.thanks.id]);
  });

  it('goes back without logging', async () => {
    const target = accountTarget(fakeOrg().org);
    const { user, onCancel } = renderLogEmail(fakeOrg(), target);
    await user.click(await option(MESSAGES.question.subject));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(emailsTo(target.id)).toHaveLength(0);
  });
});
