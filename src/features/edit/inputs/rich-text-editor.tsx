import { useLayoutEffect, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import type { FormFieldControl } from '../../../ui';
import { insertFragment, insertLink, rangeInside, toggleInline, toggleList } from './rich-text-commands';
import { isBlankHtml, sanitizeHtml } from './rich-text-html';
import { LinkForm } from './rich-text-link-form';

export interface RichTextEditorProps {
  control: FormFieldControl;
  label: string;
  value: string;
  onChange: (html: string) => void;
  disabled?: boolean;
}

/** Pasted or dropped content, sanitised before it touches the editor: HTML when offered, else plain lines. */
function sanitizedFragment(data: DataTransfer): DocumentFragment {
  const template = document.createElement('template');
  const html = data.getData('text/html');
  if (html) template.innerHTML = sanitizeHtml(html).html;
  else {
    const lines = data.getData('text/plain').split(/\r?\n/);
    lines.forEach((line, index) => {
      if (index > 0) template.content.append(document.createElement('br'));
      template.content.append(line);
    });
  }
  return template.content;
}

const BUTTONS: readonly { label: string; text: string; run: (root: HTMLElement, range?: Range) => void }[] = [
  { label: 'Bold', text: 'B', run: (root, range) => toggleInline(root, 'strong', range) },
  { label: 'Italic', text: 'I', run: (root, range) => toggleInline(root, 'em', range) },
  { label: 'Bulleted list', text: '•', run: (root, range) => toggleList(root, 'ul', range) },
  { label: 'Numbered list', text: '1.', run: (root, range) => toggleList(root, 'ol', range) },
];

/**
 * A small WYSIWYG editor for a rich text field: what it shows is sanitised (DOMPurify), paste and drop are
 * sanitised before they reach the page, and the HTML it hands back is sanitised again. A value holding images
 * or other embedded content is shown read-only, since saving it from here would delete them.
 */
export function RichTextEditor({ control, label, value, onChange, disabled = false }: RichTextEditorProps) {
  const editor = useRef<HTMLDivElement>(null);
  // The HTML last handed to onChange: the DOM already shows it, so rewriting it would only lose the caret.
  const emitted = useRef<string | undefined>(undefined);
  // Where the selection was in the editor, for toolbar commands run after focus moved to the toolbar.
  const lastRange = useRef<Range | undefined>(undefined);
  const [linking, setLinking] = useState(false);
  const { html: shown, losesMedia } = sanitizeHtml(value);
  const readOnly = disabled || losesMedia;

  useLayoutEffect(() => {
    const root = editor.current;
    if (!root || value === emitted.current) return;
    root.innerHTML = shown;
    emitted.current = value;
  }, [value, shown]);

  const emit = () => {
    const root = editor.current;
    if (!root) return;
    const { html } = sanitizeHtml(root.innerHTML);
    emitted.current = isBlankHtml(html) ? '' : html;
    onChange(emitted.current);
  };

  const rememberSelection = () => {
    const root = editor.current;
    const range = root && rangeInside(root);
    if (range) lastRange.current = range.cloneRange();
  };

  const run = (command: (root: HTMLElement, range?: Range) => void) => {
    const root = editor.current;
    if (!root || readOnly) return;
    command(root, rangeInside(root) ?? lastRange.current);
    rememberSelection();
    emit();
  };

  const insert = (event: ClipboardEvent<HTMLDivElement> | DragEvent<HTMLDivElement>, data: DataTransfer | null) => {
    event.preventDefault();
    if (!data || readOnly) return;
    run((root, range) => insertFragment(root, sanitizedFragment(data), range));
  };

  return (
    <div className={readOnly ? 'edit-richtext edit-richtext-readonly' : 'edit-richtext'}>
      <div role="toolbar" aria-label={`Formatting for ${label}`} className="edit-richtext-toolbar">
        {BUTTONS.map((button) => (
          <button
            key={button.label}
            type="button"
            className="edit-richtext-button"
            aria-label={button.label}
            title={button.label}
            disabled={readOnly}
            // Keeps the selection in the editor when clicked with a mouse.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(button.run)}
          >
            {button.text}
          </button>
        ))}
        <button
          type="button"
          className="edit-richtext-button"
          aria-expanded={linking}
          disabled={readOnly}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            rememberSelection();
            setLinking(!linking);
          }}
        >
          Link
        </button>
      </div>
      {linking && (
        <LinkForm
          onAdd={(href) => {
            setLinking(false);
            run((root, range) => insertLink(root, href, range));
            editor.current?.focus();
          }}
          onCancel={() => {
            setLinking(false);
            editor.current?.focus();
          }}
        />
      )}
      <div
        ref={editor}
        {...control}
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        aria-readonly={readOnly}
        tabIndex={0}
        contentEditable={!readOnly}
        className="ui-input edit-richtext-area"
        onInput={emit}
        onKeyUp={rememberSelection}
        onMouseUp={rememberSelection}
        onBlur={rememberSelection}
        onPaste={(event) => insert(event, event.clipboardData)}
        onDrop={(event) => insert(event, event.dataTransfer)}
      />
    </div>
  );
}
