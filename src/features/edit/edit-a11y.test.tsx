// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { EditButton } from './edit-button';
import { prefillForPerson } from './prefill';
import { openCreateScreen, openEditScreen, seeded, teammateEdits } from './test-support/edit-harness';
import { blockingViolations } from '../../../test/support/axe';

const harness = withFakeOrg();

describe('edit and create accessibility', () => {
  it('names the pencil after the record it edits', async () => {
    const onClick = vi.fn();
    render(<EditButton recordName="Maya Chen" onClick={onClick} />);

    await userEvent.click(screen.getByRole('button', { name: 'Edit Maya Chen' }));

    expect(onClick).toHaveBeenCalledOnce();
  });

  it('has no serious violations in an edit form with a conflict, and saves from the keyboard', async () => {
    const maya = seeded(harness(), 'Contact', (record) => record.Email === SEED_PEOPLE.rich.email);
    const { container, user } = await openEditScreen(harness(), 'Contact', maya.Id);
    teammateEdits(harness(), maya.Id, { Title: 'Chief Robot Officer' });
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'COO');
    screen.getByRole('button', { name: 'Save' }).focus();
    await user.keyboard('{Enter}');

    const conflict = await screen.findByRole('alert');
    expect(within(conflict).getByRole('button', { name: 'Keep mine' })).toBeEnabled();
    expect(await blockingViolations(container)).toEqual([]);
  });

  it('has no serious violations in a create form offering an existing person', async () => {
    const { container, user } = await openCreateScreen(harness(), 'Contact', {
      defaults: prefillForPerson('Contact', { email: SEED_PEOPLE.rich.email, name: 'Maya Chen' }),
    });
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await screen.findByRole('alert');
    expect(await blockingViolations(container)).toEqual([]);
  });
});
