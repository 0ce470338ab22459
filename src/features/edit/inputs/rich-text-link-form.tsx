import { useId, useState } from 'react';

// What a link may point to: the web, an email address or a phone number. "www.example.com" is taken as https.
function linkAddress(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^(mailto|tel):\S+$/i.test(trimmed)) return trimmed;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Asks for a link's address inline (a sandboxed iframe may not open prompts). */
export function LinkForm({ onAdd, onCancel }: { onAdd: (href: string) => void; onCancel: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const add = () => {
    const href = linkAddress(text);
    if (href) onAdd(href);
    else setError('Enter a web address (like www.example.com), a mailto: or a tel: link.');
  };

  return (
    <div className="edit-richtext-link">
      <label htmlFor={id} className="ui-field-label">
        Link address
      </label>
      <input
        id={id}
        type="url"
        className="ui-input"
        value={text}
        autoFocus
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setError(undefined);
        }}
        onKeyDown={(event) => {
          // Enter adds the link instead of submitting the whole form; Escape closes only this.
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }
        }}
      />
      {error && (
        <p id={`${id}-error`} className="ui-field-error">
          {error}
        </p>
      )}
      <div className="edit-richtext-link-actions">
        <button type="button" className="ui-button" onClick={add}>
          Add link
        </button>
        <button type="button" className="ui-link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
