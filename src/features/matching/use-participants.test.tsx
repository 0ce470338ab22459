// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostAdapter, HostContext, HostMessagePage } from '../../host/host-types';
import { MAX_MESSAGE_PAGES } from './conversation-messages-query';
import { subjectKey } from './subject';
import { conversation, message, recipient } from './test-support/host-fixtures';
import { useParticipants } from './use-participants';

function fakeHost(context: HostContext, listMessages: (pageToken?: string) => Promise<HostMessagePage>) {
  const listMessagesSpy = vi.fn(listMessages);
  const host: HostAdapter = {
    subscribe: () => () => undefined,
    current: () => context,
    listMessages: listMessagesSpy,
    openUrl: vi.fn(() => Promise.resolve()),
    addLink: vi.fn(() => Promise.resolve()),
  };
  return { host, listMessagesSpy };
}

function wrapper({ children }: { children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

afterEach(cleanup);

describe('useParticipants', () => {
  it('offers the main recipient at once, then everyone else once the messages arrive', async () => {
    const context = conversation(recipient('maya.chen@acme.example', 'email', 'Maya Chen'));
    let deliver: (page: HostMessagePage) => void = () => undefined;
    const { host } = fakeHost(context, () => new Promise((resolve) => (deliver = resolve)));

    const { result } = renderHook(() => useParticipants(host, context, { defaultCountry: 'US' }), { wrapper });
    expect(result.current.participants.map(subjectKey)).toEqual(['email:maya.chen@acme.example']);
    expect(result.current.isLoading).toBe(true);

    deliver({ messages: [message('inbound', recipient('maya.chen@acme.example'), [recipient('help@oursupport.example')], [recipient('ravi.shah@acme.example')])] });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.participants.map(subjectKey)).toEqual(['email:maya.chen@acme.example', 'email:ravi.shah@acme.example']);
  });

  it('reads an SMS number once the phone functions have loaded, and loads them only for phone numbers', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const withClient = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const email = conversation(recipient('maya.chen@acme.example'));
    const { result: byEmail } = renderHook(() => useParticipants(fakeHost(email, () => Promise.resolve({ messages: [] })).host, email), {
      wrapper: withClient,
    });
    await waitFor(() => expect(byEmail.current.isLoading).toBe(false));
    expect(queryClient.getQueryState(['phone-numbers'])?.data).toBeUndefined();

    const sms = conversation(recipient('(415) 555-0134', 'phone'), 'sms');
    const { result } = renderHook(() => useParticipants(fakeHost(sms, () => Promise.resolve({ messages: [] })).host, sms, { defaultCountry: 'US' }), {
      wrapper: withClient,
    });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.participants.map(subjectKey)).toEqual(['phone:+14155550134']);
  });

  it(`follows nextPageToken for at most ${MAX_MESSAGE_PAGES} pages`, async () => {
    const context = conversation(recipient('maya.chen@acme.example'));
    const { host, listMessagesSpy } = fakeHost(context, (pageToken) => {
      const page = Number(pageToken ?? 0);
      const sender = recipient(`person${page}@acme.example`);
      return Promise.resolve({ messages: [message('inbound', sender, [])], nextPageToken: String(page + 1) });
    });

    const { result } = renderHook(() => useParticipants(host, context, { defaultCountry: 'US' }), { wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(listMessagesSpy).toHaveBeenCalledTimes(MAX_MESSAGE_PAGES);
    expect(result.current.participants).toHaveLength(1 + MAX_MESSAGE_PAGES);
  });

  it('fetches nothing while the sidebar is hidden', () => {
    const context = conversation(recipient('maya.chen@acme.example'));
    const { host, listMessagesSpy } = fakeHost(context, () => Promise.resolve({ messages: [] }));
    const { result } = renderHook(() => useParticipants(host, context, { enabled: false, defaultCountry: 'US' }), { wrapper });
    expect(listMessagesSpy).not.toHaveBeenCalled();
    expect(result.current.participants.map(subjectKey)).toEqual(['email:maya.chen@acme.example']);
  });

  it('drops messages that arrive after Front switched to another conversation', async () => {
    const first = conversation(recipient('maya.chen@acme.example'), 'email', 'cnv_1');
    const second = conversation(recipient('sean@kestrel.example'), 'email', 'cnv_2');
    let current: HostContext = first;
    const { host: base } = fakeHost(first, () => {
      current = second;
      return Promise.resolve({ messages: [message('inbound', recipient('sean@kestrel.example'), [])] });
    });
    const host: HostAdapter = { ...base, current: () => current };

    const { result } = renderHook(() => useParticipants(host, first, { defaultCountry: 'US' }), { wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.participants.map(subjectKey)).toEqual(['email:maya.chen@acme.example']);
  });
});
