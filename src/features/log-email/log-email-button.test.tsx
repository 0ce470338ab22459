// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { LogEmailButton } from './log-email-button';
import { MESSAGES } from './test-support/conversation-fixtures';
import { accountTarget, renderLogEmail } from './test-support/render-log-email';
import { blockingViolations } from '../../../test/support/axe';

const fakeOrg = withFakeOrg();

describe('LogEmailButton', () => {
  it('names the record it logs to and opens the screen', async () => {
    const onClick = vi.fn();
    render(<LogEmailButton recordName="Acme Robotics" onClick={onClick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Log email to Acme Robotics' }));
    expect(onClick).toHaveBeenCalledOnce();
  });
});

describe('LogEmailScreen accessibility', () => {
  it('is reachable by keyboard and has no serious or critical axe violations', async () => {
    const { container, user } = renderLogEmail(fakeOrg(), accountTarget(fakeOrg().org));
    const question = await screen.findByRole('checkbox', { name: new RegExp(MESSAGES.question.subject) });
    expect(await blockingViolations(container)).toEqual([]);

    question.focus();
    await user.keyboard(' ');
    expect(question).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Log 1 email' })).toHaveFocus();
  });
});
