import { useState, type KeyboardEvent } from 'react';
import type { SearchHit } from './search-hit';
import { useSearchState } from './use-search-state';

interface ActiveOption {
  readonly text: string;
  readonly index: number;
}

const NONE = -1;

function step(index: number, by: 1 | -1, count: number): number {
  if (index === NONE) return by === 1 ? 0 : count - 1;
  return (index + by + count) % count;
}

/**
 * The ARIA 1.2 combobox behaviour: typing opens the list, arrows move the active option, Enter picks it,
 * Escape closes the list and a second Escape clears the text.
 */
export function useSearchCombobox(onSelect: (hit: SearchHit) => void) {
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<ActiveOption>({ text: '', index: NONE });
  const { view, searchedText } = useSearchState(input);

  const expanded = open && view.kind !== 'idle';
  const hits = view.kind === 'results' ? view.hits : [];
  // The active option belongs to one set of results: new results start with none active.
  const activeIndex = expanded && active.text === searchedText && active.index < hits.length ? active.index : NONE;
  const activeHit = hits[activeIndex];

  const close = () => {
    setOpen(false);
    setActive({ text: '', index: NONE });
  };

  const choose = (hit: SearchHit) => {
    close();
    setInput('');
    onSelect(hit);
  };

  const move = (by: 1 | -1) => {
    if (!expanded) return setOpen(true);
    if (hits.length > 0) setActive({ text: searchedText, index: step(activeIndex, by, hits.length) });
  };

  // Keys with nothing to do here are left alone, so the host still sees them.
  const keyAction = (key: string): (() => void) | undefined => {
    switch (key) {
      case 'ArrowDown':
        return () => move(1);
      case 'ArrowUp':
        return () => move(-1);
      case 'Enter':
        return activeHit && (() => choose(activeHit));
      case 'Escape':
        if (expanded) return close;
        return input ? () => setInput('') : undefined;
      default:
        return undefined;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = keyAction(event.key);
    if (!action) return;
    event.preventDefault();
    action();
  };

  const onChange = (value: string) => {
    setInput(value);
    setOpen(true);
  };

  return { input, view, expanded, activeHit, choose, close, onChange, onKeyDown };
}
