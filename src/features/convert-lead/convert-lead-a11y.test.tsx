// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { ConvertLeadButton } from './convert-lead-button';
import { convertButton, openConvertScreen } from './test-support/convert-harness';
import { blockingViolations } from '../../../test/support/axe';

const fakeOrg = withFakeOrg();

describe('convert lead accessibility', () => {
  it("names the card's button after the Lead", async () => {
    const onClick = vi.fn();
    render(<ConvertLeadButton leadName="Sam Rivera" onClick={onClick} />);

    await userEvent.click(screen.getByRole('button', { name: 'Convert Sam Rivera' }));

    expect(onClick).toHaveBeenCalledOnce();
  });

  it('has no serious violations with suggestions, the account search and a field error', async () => {
    const { container, user } = await openConvertScreen(fakeOrg(), 'Rivera');
    const convert = await convertButton();
    await user.click(screen.getByRole('radio', { name: 'Use another existing account' }));
    await user.clear(screen.getByRole('textbox', { name: /Opportunity name/ }));
    await user.click(convert);
    await screen.findByText('Enter a name for the opportunity.');

    expect(await blockingViolations(container)).toEqual([]);
  });
});
