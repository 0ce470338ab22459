import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { isSalesforceError } from '../salesforce';
import type { FormFieldControl } from './form-field';
import './lookup-input.css';
import { useLookupResults, type LookupOption, type LookupResults } from './use-lookup-results';

export type { LookupOption } from './use-lookup-results';

export interface LookupInputProps {
  /** The ids FormField hands its control, so the lookup is labelled and described like any other field. */
  control: FormFieldControl;
  /** The chosen record; its name shows in the input until the user types. */
  selected?: { id: string; name: string };
  /** A picked option, or undefined when the user clears the lookup. */
  onSelect: (option: LookupOption | undefined) => void;
  search: (term: string) => Promise<readonly LookupOption[]>;
  placeholder?: string;
  disabled?: boolean;
  /** Fewer characters than this don't search (Salesforce refuses a search under two). */
  minChars?: number;
  debounceMs?: number;
}

export const LOOKUP_DEBOUNCE_MS = 250;
const NONE = -1;

function statusText(results: LookupResults): string {
  switch (results.kind) {
    case 'too-short':
      return `Type at least ${results.minChars} characters to search.`;
    case 'searching':
      return 'Searching…';
    case 'failed':
      return isSalesforceError(results.error) ? `${results.error.userMessage} ${results.error.action}.` : "Search didn't work. Try again.";
    case 'found':
      return results.options.length === 0 ? `No matches for “${results.term}”.` : `${results.options.length} found.`;
    default:
      return '';
  }
}

/**
 * A search-as-you-type picker following the ARIA 1.2 combobox pattern: typing searches (debounced), arrows move
 * through the matches, Enter picks, Escape closes the list and then restores the chosen name. Leaving the
 * field with its text deleted clears the choice; so does the clear button.
 */
export function LookupInput({ control, selected, onSelect, search, placeholder, disabled = false, minChars = 2, debounceMs = LOOKUP_DEBOUNCE_MS }: LookupInputProps) {
  const listboxId = useId();
  const input = useRef<HTMLInputElement>(null);
  // null while the input shows the chosen name; the user's text once they start typing.
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<{ term: string; index: number }>({ term: '', index: NONE });
  const results = useLookupResults(text ?? '', search, { minChars, debounceMs });

  const expanded = open && results.kind !== 'idle';
  const options = results.kind === 'found' ? results.options : [];
  // The active option belongs to one answer: a new answer starts with none active.
  const activeIndex = expanded && results.kind === 'found' && active.term === results.term ? active.index : NONE;
  const activeOption = options[activeIndex];
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  const choose = (option: LookupOption) => {
    setText(null);
    setOpen(false);
    onSelect(option);
  };

  const move = (by: 1 | -1) => {
    if (!expanded) return setOpen(true);
    if (options.length === 0 || results.kind !== 'found') return;
    const next = activeIndex === NONE ? (by === 1 ? 0 : options.length - 1) : (activeIndex + by + options.length) % options.length;
    setActive({ term: results.term, index: next });
  };

  const keyAction = (key: string): (() => void) | undefined => {
    switch (key) {
      case 'ArrowDown':
        return () => move(1);
      case 'ArrowUp':
        return () => move(-1);
      case 'Enter':
        return activeOption && (() => choose(activeOption));
      case 'Escape':
        if (expanded) return () => setOpen(false);
        return text !== null ? () => setText(null) : undefined;
      default:
        return undefined;
    }
  };

  // Keys with nothing to do here are left alone, so Enter still submits the form and Escape reaches the screen.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = keyAction(event.key);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  const onBlur = () => {
    setOpen(false);
    if (text !== null && text.trim() === '' && selected) onSelect(undefined);
    setText(null);
  };

  const clear = () => {
    setText(null);
    onSelect(undefined);
    input.current?.focus();
  };

  const status = expanded ? statusText(results) : '';
  return (
    <div className="ui-lookup">
      <div className="ui-lookup-control">
        <input
          {...control}
          ref={input}
          type="text"
          role="combobox"
          className="ui-input ui-lookup-input"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-controls={listboxId}
          aria-expanded={expanded}
          aria-activedescendant={activeOption ? optionId(activeIndex) : undefined}
          placeholder={placeholder}
          disabled={disabled}
          value={text ?? selected?.name ?? ''}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        {selected && !disabled && (
          <button type="button" className="ui-lookup-clear" aria-label={`Clear ${selected.name}`} onClick={clear}>
            ×
          </button>
        )}
      </div>
      {/* Keeps focus in the input, so the list doesn't close on blur before a click on it lands. */}
      <div className={expanded ? 'ui-lookup-popup ui-lookup-popup-open' : 'ui-lookup-popup'} onMouseDown={(event) => event.preventDefault()}>
        <ul role="listbox" id={listboxId} aria-label="Matches" className="ui-lookup-listbox" hidden={options.length === 0 || !expanded}>
          {expanded &&
            options.map((option, index) => (
              <li
                key={option.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className="ui-lookup-option"
                onClick={() => choose(option)}
              >
                <span className="ui-lookup-option-name">{option.name}</span>
                {option.detail && <span className="ui-lookup-option-detail">{option.detail}</span>}
              </li>
            ))}
        </ul>
        {/* Always mounted, so screen readers announce each change of it. */}
        <p role="status" className={results.kind === 'failed' ? 'ui-lookup-status ui-lookup-status-error' : 'ui-lookup-status'}>
          {status}
        </p>
      </div>
    </div>
  );
}
