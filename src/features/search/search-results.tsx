import { useEffect } from 'react';
import type { SearchHit, SearchObject } from './search-hit';
import type { SearchResults as Groups } from './search-queries';

const GROUP_LABELS: Readonly<Record<SearchObject, string>> = {
  Contact: 'Contacts',
  Lead: 'Leads',
  Account: 'Accounts',
  Opportunity: 'Opportunities',
};

export function optionId(listboxId: string, hit: SearchHit): string {
  return `${listboxId}-${hit.id}`;
}

interface SearchResultsProps {
  listboxId: string;
  groups: Groups;
  activeHit: SearchHit | undefined;
  onChoose: (hit: SearchHit) => void;
}

/** The listbox: one labelled group per object, one option per hit. Options never take focus; the input keeps it. */
export function SearchResults({ listboxId, groups, activeHit, onChoose }: SearchResultsProps) {
  // aria-activedescendant moves no scrollbar: bring the keyboard's option into view ourselves (jsdom has no scrolling).
  useEffect(() => {
    if (activeHit) document.getElementById(optionId(listboxId, activeHit))?.scrollIntoView?.({ block: 'nearest' });
  }, [listboxId, activeHit]);

  return (
    <div role="listbox" id={listboxId} aria-label="Search results" className="search-listbox">
      {groups.map(({ sobject, hits }) => {
        const labelId = `${listboxId}-${sobject}`;
        return (
          <div role="group" aria-labelledby={labelId} key={sobject} className="search-group">
            <div role="presentation" id={labelId} className="search-group-label">
              {GROUP_LABELS[sobject]}
            </div>
            {hits.map((hit) => (
              <div
                role="option"
                id={optionId(listboxId, hit)}
                key={hit.id}
                aria-selected={hit === activeHit}
                className="search-option"
                onClick={() => onChoose(hit)}
              >
                <span className="search-option-title">{hit.title}</span>
                {hit.subtitle && <span className="search-option-subtitle">{hit.subtitle}</span>}
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
