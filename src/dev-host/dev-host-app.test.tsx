// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WEB_VIEW_HANDSHAKE } from './bridge-host';
import conversationsJson from './conversations.json';
import { demoConversationsSchema } from './conversations-schema';
import { DevHostApp } from './dev-host-app';
import type { HostCall } from './host-call-log';
import { createPluginSide, type PluginSide } from './test-support/plugin-side';

const conversations = demoConversationsSchema.parse(conversationsJson);
let plugin: PluginSide | undefined;
afterEach(() => plugin?.close());

/** Renders the inbox and connects a plugin end to the iframe, as the SDK's handshake would. */
async function renderDevHost() {
  const onHostCall = vi.fn<(call: HostCall) => void>();
  render(<DevHostApp conversations={conversations} pluginUrl="/index.html?scenario=slow" scenario="slow" onScenarioChange={vi.fn()} onHostCall={onHostCall} />);
  const frame = screen.getByTitle<HTMLIFrameElement>('Salesforce sidebar');
  const side = createPluginSide();
  plugin = side;
  window.dispatchEvent(new MessageEvent('message', { data: WEB_VIEW_HANDSHAKE, source: frame.contentWindow, ports: [side.hostPort] }));
  await side.nextContext(0);
  return { user: userEvent.setup(), plugin: side, frame, onHostCall };
}

describe('dev host page', () => {
  it('embeds the plugin with the demo query string in a sandboxed sidebar frame', async () => {
    const { frame, plugin } = await renderDevHost();

    expect(frame).toHaveAttribute('src', '/index.html?scenario=slow');
    expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-forms');
    expect(plugin.latestContext()).toMatchObject({ type: 'noConversation', functionArities: { openUrl: 2 } });
  });

  it('sends a singleConversation context when a conversation is clicked, and shows its messages as text', async () => {
    const { user, plugin } = await renderDevHost();

    await user.click(screen.getByRole('button', { name: /Robot arm calibration drifts/ }));

    const context = await plugin.nextContext(1);
    expect(context).toMatchObject({
      type: 'singleConversation',
      conversation: { id: 'cnv_maya_email', recipient: { handle: 'maya.chen@acme.example' } },
      functionArities: { listMessages: 2, openUrl: 2, addLink: 3, listRecipients: 2 },
    });
    expect(screen.getByRole('heading', { name: 'Robot arm calibration drifts after an hour' })).toBeInTheDocument();
    expect(screen.getAllByRole('article', { name: 'Message from Maya Chen' })).toHaveLength(2);
  });

  it('never renders a message body as HTML', async () => {
    const { user } = await renderDevHost();

    await user.click(screen.getByRole('button', { name: /Question about your support plans/ }));

    const message = screen.getByRole('article', { name: 'Message from Chris Taylor' });
    expect(message.querySelector('img, p p')).toBeNull();
    expect(within(message).getByText(/do you offer support plans for freelancers/)).toBeInTheDocument();
  });

  it('sends a multiConversations context when two conversations are checked', async () => {
    const { user, plugin } = await renderDevHost();

    await user.click(screen.getByRole('checkbox', { name: 'Select Robot arm calibration drifts after an hour' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Q3 campaign assets' }));

    await vi.waitFor(() => expect(plugin.latestContext()?.type).toBe('multiConversations'));
    expect(plugin.latestContext()).toMatchObject({
      conversations: [{ id: 'cnv_maya_email' }, { id: 'cnv_sam_both' }],
      functionArities: { openUrl: 2, addLink: 3 },
    });
    expect(plugin.latestContext()?.functionArities).not.toHaveProperty('listMessages');
    expect(screen.getByRole('heading', { name: '2 conversations selected' })).toBeInTheDocument();
  });

  it('sends a noConversation context when the selection is cleared', async () => {
    const { user, plugin } = await renderDevHost();
    await user.click(screen.getByRole('button', { name: /Q3 campaign assets/ }));
    await plugin.nextContext(1);

    await user.click(screen.getByRole('button', { name: 'Clear selection' }));

    await expect(plugin.nextContext(2)).resolves.toMatchObject({ type: 'noConversation' });
    expect(screen.getByText('No conversation selected')).toBeInTheDocument();
  });

  it('switches the teammate to admin with a new context', async () => {
    const { user, plugin } = await renderDevHost();

    await user.click(screen.getByRole('checkbox', { name: 'Teammate is admin' }));

    await expect(plugin.nextContext(1)).resolves.toMatchObject({ teammate: { name: 'Alex Morgan', is_admin: true } });
  });

  it('logs openUrl without navigating, and addLink with the link under the subject', async () => {
    const { user, plugin, onHostCall } = await renderDevHost();
    await user.click(screen.getByRole('button', { name: /Robot arm calibration drifts/ }));
    await plugin.nextContext(1);

    await plugin.call('openUrl', ['https://demo.my.salesforce.com/003000000000001']).reply();
    const reply = await plugin.call('addLink', ['https://demo.my.salesforce.com/003000000000001', 'Maya Chen']).reply();

    expect(reply).toMatchObject({ type: 'function_result', value: { name: 'Maya Chen', externalUrl: 'https://demo.my.salesforce.com/003000000000001' } });
    const log = within(screen.getByRole('region', { name: 'Host calls' }));
    await log.findByText(/^addLink/);
    expect(log.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'addLink https://demo.my.salesforce.com/003000000000001 Maya Chen',
      'openUrl https://demo.my.salesforce.com/003000000000001',
    ]);
    expect(onHostCall.mock.calls.map(([call]) => call.name)).toEqual(['openUrl', 'addLink']);
    expect(within(screen.getByRole('list', { name: 'Links' })).getByText('Maya Chen')).toBeInTheDocument();
    await expect(plugin.nextContext(2)).resolves.toMatchObject({ conversation: { links: [{ name: 'Maya Chen' }] } });
  });

  it('hides the sidebar without unloading the plugin', async () => {
    const { user, frame } = await renderDevHost();

    await user.click(screen.getByRole('checkbox', { name: 'Hide sidebar' }));

    expect(frame.closest('aside')).toHaveAttribute('hidden');
    expect(frame).not.toBeVisible();
    expect(frame).toBeInTheDocument();
  });

  it('resizes the sidebar from the keyboard within 280–640 px', async () => {
    const { user, frame } = await renderDevHost();
    const handle = screen.getByRole('separator', { name: 'Resize sidebar' });
    expect(handle).toHaveAttribute('aria-valuenow', '340');

    handle.focus();
    await user.keyboard('{ArrowLeft}');
    expect(handle).toHaveAttribute('aria-valuenow', '356');
    expect(frame.style.width).toBe('356px');

    await user.keyboard('{Home}{ArrowRight}');
    expect(handle).toHaveAttribute('aria-valuenow', '280');
    await user.keyboard('{End}{ArrowLeft}');
    expect(handle).toHaveAttribute('aria-valuenow', '640');
  });
});
