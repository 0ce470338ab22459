// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldValue } from './field-value';
import { sanitizeRichText } from './sanitize-rich-text';

afterEach(cleanup);

describe('FieldValue', () => {
  it('opens a link through the host instead of navigating the iframe', () => {
    const onOpenUrl = vi.fn();
    render(<FieldValue value={{ kind: 'link', text: 'maya.chen@acme.example', href: 'mailto:maya.chen@acme.example' }} onOpenUrl={onOpenUrl} />);
    const link = screen.getByRole('link', { name: 'maya.chen@acme.example' });

    const notPrevented = fireEvent.click(link);

    expect(notPrevented).toBe(false);
    expect(onOpenUrl).toHaveBeenCalledWith('mailto:maya.chen@acme.example');
    expect(link.getAttribute('href')).toBe('mailto:maya.chen@acme.example');
  });

  it('opens a link from the keyboard', async () => {
    const onOpenUrl = vi.fn();
    render(<FieldValue value={{ kind: 'link', text: 'acme.example', href: 'https://acme.example/' }} onOpenUrl={onOpenUrl} />);

    await userEvent.tab();
    await userEvent.keyboard('{Enter}');

    expect(onOpenUrl).toHaveBeenCalledWith('https://acme.example/');
  });

  it('keeps the line breaks of text', () => {
    const { container } = render(<FieldValue value={{ kind: 'text', text: '500 Howard St\nSan Francisco' }} onOpenUrl={vi.fn()} />);

    expect(container.querySelectorAll('br')).toHaveLength(1);
    expect(container.textContent).toBe('500 Howard StSan Francisco');
  });

  it('renders sanitised rich text, whose links open through the host and whose dangerous parts are gone', () => {
    const onOpenUrl = vi.fn();
    const value = sanitizeRichText(
      '<p>See <a href="https://acme.example/kb">the guide</a> or <a href="javascript:alert(1)">this</a></p>' +
        '<img src="https://tracker.example/p.gif" onerror="alert(2)"><script>alert(3)</script>',
    );
    const { container } = render(<FieldValue value={value} onOpenUrl={onOpenUrl} />);

    expect(container.querySelector('script, img, [onerror]')).toBeNull();
    expect(screen.queryByRole('link', { name: 'this' })).toBeNull();
    expect(screen.getByText('this').getAttribute('href')).toBeNull();

    const notPrevented = fireEvent.click(screen.getByRole('link', { name: 'the guide' }));

    expect(notPrevented).toBe(false);
    expect(onOpenUrl).toHaveBeenCalledExactlyOnceWith('https://acme.example/kb');
  });

  it('ignores clicks on rich text outside its links', () => {
    const onOpenUrl = vi.fn();
    render(<FieldValue value={sanitizeRichText('<p>Plain <b>words</b></p>')} onOpenUrl={onOpenUrl} />);

    fireEvent.click(screen.getByText('words'));

    expect(onOpenUrl).not.toHaveBeenCalled();
  });
});
