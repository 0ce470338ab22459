// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParticipantSwitcher } from './participant-switcher';
import type { Subject } from './subject';

const maya: Subject = { kind: 'email', email: 'maya.chen@acme.example', name: 'Maya Chen' };
const ravi: Subject = { kind: 'email', email: 'ravi.shah@acme.example' };
const sms: Subject = { kind: 'phone', e164: '+14155550134', national: '4155550134', raw: '+1 (415) 555-0134', name: 'Maya (mobile)' };

afterEach(cleanup);

describe('ParticipantSwitcher', () => {
  it('is not shown when the conversation has a single participant', () => {
    const { container } = render(<ParticipantSwitcher participants={[maya]} selectedKey="email:maya.chen@acme.example" onSelect={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows each participant with name and handle, and reports the one picked', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<ParticipantSwitcher participants={[maya, ravi, sms]} selectedKey="email:maya.chen@acme.example" onSelect={onSelect} />);

    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Show person' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Maya Chen (maya.chen@acme.example)',
      'ravi.shah@acme.example',
      'Maya (mobile) (+1 (415) 555-0134)',
    ]);
    expect(select.value).toBe('email:maya.chen@acme.example');

    await user.selectOptions(select, 'Maya (mobile) (+1 (415) 555-0134)');
    expect(onSelect).toHaveBeenCalledWith('phone:+14155550134');
  });
});
