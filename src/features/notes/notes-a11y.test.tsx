// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { noteTitled, openNotes, seededPerson } from './test-support/notes-harness';
import { blockingViolations } from '../../../test/support/axe';

const fakeOrg = withFakeOrg();

describe('notes accessibility', () => {
  it('has no serious violations in the list', async () => {
    const harness = fakeOrg();
    const { container } = await openNotes(harness, seededPerson(harness, 'Contact', 'Chen'));

    expect(await blockingViolations(container)).toEqual([]);
  });

  it('has no serious violations in a form showing a conflict and a field error', async () => {
    const harness = fakeOrg();
    const { container, user } = await openNotes(harness, seededPerson(harness, 'Contact', 'Chen'));
    await user.click(screen.getByRole('button', { name: 'Edit note Who decides' }));
    await user.type(screen.getByRole('textbox', { name: 'Body' }), ' Updated.');
    harness.org.advanceClock(2000);
    harness.org.updateTrusted(noteTitled(harness, 'Who decides').Id, { Body: 'Changed elsewhere.' });
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByRole('region', { name: 'Their version' });
    await user.clear(screen.getByRole('textbox', { name: /Title/ }));
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Enter a title.');

    expect(await blockingViolations(container)).toEqual([]);
  });
});
