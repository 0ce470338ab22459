// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { NoMatch } from './empty-state';

afterEach(cleanup);

describe('NoMatch', () => {
  it('says nobody matched the handle and offers both ways to create them', async () => {
    const onCreateContact = vi.fn();
    const onCreateLead = vi.fn();
    render(<NoMatch handle={SEED_PEOPLE.unknown.email} onCreateContact={onCreateContact} onCreateLead={onCreateLead} />);

    expect(screen.getByText(`No Salesforce record for ${SEED_PEOPLE.unknown.email}`)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Create Contact' }));
    expect(onCreateContact).toHaveBeenCalledOnce();
    expect(onCreateLead).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Create Lead' }));
    expect(onCreateLead).toHaveBeenCalledOnce();
  });

  it('says only the person is missing when an account matched their domain, still offering both', () => {
    const [sender] = SEED_PEOPLE.unknownAtAccountDomain;
    render(<NoMatch handle={sender.email} accountFound onCreateContact={vi.fn()} onCreateLead={vi.fn()} />);

    expect(screen.getByText(`No Contact or Lead for ${sender.email}`)).toBeTruthy();
    expect(screen.getByText('Their email domain matches the account below.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create Contact' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'Create Lead' }).hasAttribute('disabled')).toBe(false);
  });
});
