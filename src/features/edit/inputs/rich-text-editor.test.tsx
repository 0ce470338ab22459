// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { toSalesforceValue } from './form-value';
import { fakeDescribe, richTextField, withFields } from './test-support/describes';
import { EditorForm, valuesRecorder } from './test-support/editor-form';

const bio = richTextField();
const describe_ = withFields(fakeDescribe('Contact'), bio);
const ATTACK = '<img src="x" onerror="window.attacked = true"><script>window.attacked = true</script>';

declare global {
  interface Window {
    attacked?: boolean;
  }
}

afterEach(() => {
  delete window.attacked;
});

function renderBio(initial = '') {
  const recorder = valuesRecorder({ Bio__c: initial });
  const { container } = render(<EditorForm describe={describe_} fields={[bio]} initial={{ Bio__c: initial }} onValues={recorder.onValues} />);
  const editor = screen.getByRole('textbox', { name: 'Bio' });
  return { user: userEvent.setup(), editor, container, value: () => recorder.values.Bio__c, sent: () => toSalesforceValue(bio, recorder.values.Bio__c ?? '') };
}

function selectText(editor: HTMLElement, text: string) {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent?.indexOf(text) ?? -1;
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    return;
  }
  throw new Error(`"${text}" is not in the editor`);
}

function paste(editor: HTMLElement, data: Record<string, string>) {
  fireEvent.paste(editor, { clipboardData: { getData: (type: string) => data[type] ?? '', types: Object.keys(data) } });
}

describe('RichTextEditor', () => {
  it('shows stored rich text formatted, with anything dangerous left out', () => {
    const { editor } = renderBio('<p onclick="window.attacked = true">Met at <b>Dreamforce</b>, see <a href="javascript:window.attacked = true">notes</a></p>');
    expect(editor).toHaveTextContent('Met at Dreamforce, see notes');
    expect(editor.querySelector('b')).toHaveTextContent('Dreamforce');
    expect(editor.querySelector('[onclick]')).toBeNull();
    expect(editor.querySelector('a')).not.toHaveAttribute('href');
    expect(editor).toHaveAttribute('contenteditable', 'true');
  });

  it('never puts a pasted image handler or script into the page or the value', () => {
    const { editor, container, value } = renderBio('<p>Hello</p>');
    paste(editor, { 'text/html': `<b>bold</b>${ATTACK}`, 'text/plain': 'bold' });

    expect(editor.querySelector('b')).toHaveTextContent('bold');
    expect(container.querySelector('img, script, [onerror]')).toBeNull();
    expect(window.attacked).toBeUndefined();
    expect(value()).toBe('<p>Hello</p><b>bold</b>');
  });

  it('pastes plain text as text, keeping its lines', () => {
    const { editor, value } = renderBio();
    paste(editor, { 'text/plain': 'line one\n<script>not code</script>' });
    expect(editor.querySelector('script')).toBeNull();
    expect(value()).toBe('line one<br>&lt;script&gt;not code&lt;/script&gt;');
  });

  it('shows a value holding an image read-only, so saving from here cannot delete it', () => {
    const { editor, container } = renderBio(`<p>Floor plan:</p>${ATTACK}`);
    expect(container.querySelector('img, script')).toBeNull();
    expect(window.attacked).toBeUndefined();
    expect(editor).toHaveAttribute('contenteditable', 'false');
    expect(editor).toHaveAttribute('aria-readonly', 'true');
    expect(editor).toHaveAccessibleDescription(expect.stringContaining('edit it in Salesforce'));
    expect(screen.getByRole('button', { name: 'Bold' })).toBeDisabled();
  });

  it('makes the selected words bold, and plain again', async () => {
    const { user, editor, sent } = renderBio('<p>Prefers a call</p>');
    selectText(editor, 'call');
    await user.click(screen.getByRole('button', { name: 'Bold' }));
    expect(editor.querySelector('strong')).toHaveTextContent('call');
    expect(sent()).toBe('<p>Prefers a <strong>call</strong></p>');

    await user.click(screen.getByRole('button', { name: 'Bold' }));
    expect(editor.querySelector('strong')).toBeNull();
    expect(sent()).toBe('<p>Prefers a call</p>');
  });

  it('makes italic text and turns lines into a bulleted list and back', async () => {
    const { user, editor, sent } = renderBio('<p>Budget approved</p><p>Legal review</p>');
    selectText(editor, 'approved');
    await user.click(screen.getByRole('button', { name: 'Italic' }));
    expect(sent()).toBe('<p>Budget <em>approved</em></p><p>Legal review</p>');

    const range = document.createRange();
    range.selectNodeContents(editor);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    await user.click(screen.getByRole('button', { name: 'Bulleted list' }));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Budget approved', 'Legal review']);
    expect(sent()).toBe('<ul><li>Budget <em>approved</em></li><li>Legal review</li></ul>');

    await user.click(screen.getByRole('button', { name: 'Bulleted list' }));
    expect(sent()).toBe('<p>Budget <em>approved</em></p><p>Legal review</p>');
  });

  it('links the selected words to a web address typed without https://', async () => {
    const { user, editor, sent } = renderBio('<p>See the onboarding docs</p>');
    selectText(editor, 'onboarding docs');
    await user.click(screen.getByRole('button', { name: 'Link' }));
    await user.type(screen.getByRole('textbox', { name: 'Link address' }), 'www.acme.example/docs{Enter}');
    expect(screen.getByRole('link', { name: 'onboarding docs' })).toHaveAttribute('href', 'https://www.acme.example/docs');
    expect(sent()).toBe('<p>See the <a href="https://www.acme.example/docs">onboarding docs</a></p>');
    expect(editor).toHaveFocus();
  });

  it('refuses a script link and keeps the address typed so it can be fixed', async () => {
    const { user, editor, sent } = renderBio('<p>Click here</p>');
    selectText(editor, 'here');
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const address = screen.getByRole('textbox', { name: 'Link address' });
    await user.type(address, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    expect(address).toHaveAccessibleDescription('Enter a web address (like www.example.com), a mailto: or a tel: link.');
    expect(address).toHaveValue('javascript:alert(1)');
    expect(editor.querySelector('a')).toBeNull();
    expect(sent()).toBe('<p>Click here</p>');
  });

  it('hands back what the user types, and nothing for an emptied editor', async () => {
    const { user, editor, value, sent } = renderBio();
    await user.click(editor);
    await user.type(editor, 'Hello');
    expect(value()).toBe('Hello');
    editor.innerHTML = '<p><br></p>';
    fireEvent.input(editor);
    expect(value()).toBe('');
    expect(sent()).toBeNull();
  });
});
