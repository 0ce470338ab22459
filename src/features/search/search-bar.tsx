import { useId } from 'react';
import { isSalesforceError } from '../../salesforce';
import './search.css';
import type { SearchHit } from './search-hit';
import { optionId, SearchResults } from './search-results';
import { useSearchCombobox } from './use-search-combobox';
import type { SearchView } from './use-search-state';

export interface SearchBarProps {
  onSelect: (hit: SearchHit) => void;
}

function statusText(view: SearchView): string {
  if (view.kind === 'searching') return 'Searching…';
  if (view.kind === 'empty') return `No results for “${view.text}”`;
  if (view.kind === 'results') return `${view.hits.length} ${view.hits.length === 1 ? 'result' : 'results'}`;
  return '';
}

function errorText(error: Error): string {
  return isSalesforceError(error) ? error.userMessage : "Search didn't work. Try again.";
}

/** Searches Contacts, Leads, Accounts and Opportunities as the agent types; picking a hit hands it to `onSelect`. */
export function SearchBar({ onSelect }: SearchBarProps) {
  const inputId = useId();
  const listboxId = useId();
  const { input, view, expanded, activeHit, choose, close, onChange, onKeyDown } = useSearchCombobox(onSelect);
  const status = statusText(view);

  return (
    <div className="search">
      <label htmlFor={inputId} className="search-label">
        Search Salesforce
      </label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        className="search-input"
        placeholder="Search contacts, leads, accounts, opportunities"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-controls={listboxId}
        aria-expanded={expanded}
        aria-activedescendant={activeHit ? optionId(listboxId, activeHit) : undefined}
        value={input}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <div
        className={expanded ? 'search-popup search-popup-open' : 'search-popup'}
        // Keeps focus in the input, so the list doesn't close on blur before a click on it lands.
        onMouseDown={(event) => event.preventDefault()}
      >
        {expanded && view.kind === 'results' && (
          <SearchResults listboxId={listboxId} groups={view.groups} activeHit={activeHit} onChoose={choose} />
        )}
        {expanded && view.kind === 'error' && (
          <p role="alert" className="search-error">
            {errorText(view.error)}
          </p>
        )}
        {/* Always mounted, so screen readers announce each change of it. */}
        <p role="status" className={view.kind === 'results' ? 'search-status search-status-hidden' : 'search-status'}>
          {expanded ? status : ''}
        </p>
      </div>
    </div>
  );
}
