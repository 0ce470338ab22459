// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { longThreadHost } from './test-support/long-thread';
import { accountTarget, ORG_ROUND_TRIPS, renderLogEmail } from './test-support/render-log-email';

const fakeOrg = withFakeOrg();

const subjects = () => screen.getAllByRole('checkbox').map((box) => box.closest('li')?.querySelector('.log-email-subject')?.textContent);

/** A gate the host's later pages wait behind, and the way to open it. */
function heldBack() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { gate, release };
}

describe('LogEmailScreen on a long conversation', () => {
  it('pages through the whole thread by itself, says how many are in meanwhile, and lists the newest first', async () => {
    const { gate, release } = heldBack();
    const target = accountTarget(fakeOrg().org);
    const view = renderLogEmail(fakeOrg(), target, { host: longThreadHost(45, 10, gate) });

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Loading messages… 10 loaded'), ORG_ROUND_TRIPS);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    release();

    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(45), ORG_ROUND_TRIPS);
    expect(subjects().slice(0, 2)).toEqual(['Update 45', 'Update 44']);
    expect(subjects().at(-1)).toBe('Update 1');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Showing the newest/)).not.toBeInTheDocument();

    await view.user.click(screen.getAllByRole('checkbox')[0] as HTMLElement);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log 1 email' })).toBeEnabled(), ORG_ROUND_TRIPS);
    await view.user.click(screen.getByRole('button', { name: 'Log 1 email' }));
    await waitFor(() => expect(view.onDone).toHaveBeenCalledOnce(), ORG_ROUND_TRIPS);
    expect(fakeOrg().org.records.all('EmailMessage').map((email) => [email.RelatedToId, email.Subject])).toEqual([[target.id, 'Update 45']]);
  });

  it('lists the newest 200 of a longer thread and says so', async () => {
    renderLogEmail(fakeOrg(), accountTarget(fakeOrg().org), { host: longThreadHost(230, 50) });

    expect(await screen.findByText('Showing the newest 200 of 230 messages.', {}, ORG_ROUND_TRIPS)).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(200);
    expect(subjects()[0]).toBe('Update 230');
    expect(subjects().at(-1)).toBe('Update 31');
  });

  it('stops paging an enormous thread, and says the newest may be missing', async () => {
    const host = longThreadHost(6000, 500);
    const listMessages = vi.fn((pageToken?: string) => host.listMessages(pageToken));
    renderLogEmail(fakeOrg(), accountTarget(fakeOrg().org), { host: { ...host, listMessages } });

    expect(await screen.findByText(/more than 5,000 messages; the newest of them may be missing/, {}, ORG_ROUND_TRIPS)).toBeInTheDocument();
    expect(listMessages).toHaveBeenCalledTimes(10);
    expect(subjects()[0]).toBe('Update 5000');
  });

  it('offers to try again when a later page fails, and goes on from there', async () => {
    const host = longThreadHost(25, 10);
    const listMessages = vi.fn((pageToken?: string) => host.listMessages(pageToken));
    listMessages.mockImplementationOnce((pageToken) => host.listMessages(pageToken)).mockRejectedValueOnce(new Error('bridge closed'));
    const view = renderLogEmail(fakeOrg(), accountTarget(fakeOrg().org), { host: { ...host, listMessages } });

    const alert = await screen.findByRole('alert', {}, ORG_ROUND_TRIPS);
    expect(alert).toHaveTextContent("Couldn't load this conversation's messages from Front.");
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await view.user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(25), ORG_ROUND_TRIPS);
    expect(subjects()[0]).toBe('Update 25');
    expect(listMessages.mock.calls.map(([token]) => token)).toEqual([undefined, 'from:10', 'from:10', 'from:20']);
  });
});
