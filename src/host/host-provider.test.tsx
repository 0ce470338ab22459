// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HostProvider, useHost, useHostContext } from './host-provider';
import { createFakeFront } from './test-support/fake-front';
import { frontContext, frontConversation } from './test-support/front-fixtures';

function ContextSummary() {
  const context = useHostContext();
  const host = useHost();
  const conversation = context?.type === 'singleConversation' ? context.conversation.subject : undefined;
  return (
    <p>
      {context ? `${context.type} for ${context.teammate.name}` : 'Waiting for Front'}
      {conversation ? `: ${conversation}` : ''}
      {typeof host.openUrl === 'function' ? ' (host ready)' : ''}
    </p>
  );
}

describe('HostProvider', () => {
  it('renders the latest context and re-renders on each update', () => {
    const front = createFakeFront();
    render(
      <HostProvider adapter={front.adapter}>
        <ContextSummary />
      </HostProvider>,
    );

    expect(screen.getByText('Waiting for Front (host ready)')).toBeInTheDocument();

    act(() => front.emit(frontContext('singleConversation', { conversation: frontConversation({ subject: 'Invoice 4417' }) })));
    expect(screen.getByText('singleConversation for Alex Morgan: Invoice 4417 (host ready)')).toBeInTheDocument();

    act(() => front.emit(frontContext('noConversation', { id: 'ctx_2' })));
    expect(screen.getByText('noConversation for Alex Morgan (host ready)')).toBeInTheDocument();
  });

  it('shows a context that arrived before the component mounted', () => {
    const front = createFakeFront();
    front.emit(frontContext('multiConversations', { conversations: [] }));

    render(
      <HostProvider adapter={front.adapter}>
        <ContextSummary />
      </HostProvider>,
    );

    expect(screen.getByText('multiConversations for Alex Morgan (host ready)')).toBeInTheDocument();
  });

  it('tells the developer when the provider is missing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<ContextSummary />)).toThrow('useHost() needs a <HostProvider> above it');
  });
});
