import { useState, type ReactNode } from 'react';

export interface WindowedListProps<T> {
  readonly items: readonly T[];
  /** Every row has this height (px): rows are positioned by arithmetic, never measured. */
  readonly rowHeight: number;
  /** The scroll area's height (px). */
  readonly height: number;
  readonly label: string;
  readonly itemKey: (item: T) => string;
  readonly renderItem: (item: T) => ReactNode;
}

// Rows kept rendered beyond each edge, so Tab can move past the visible ones: the focused row scrolls into
// view and the window follows it.
const OVERSCAN = 6;

/**
 * A list that renders only the rows in view (plus a margin): an object with 800 fields costs ~20 rows of DOM,
 * so the list opens and filters at once. Total and position stay available to screen readers.
 */
export function WindowedList<T>({ items, rowHeight, height, label, itemKey, renderItem }: WindowedListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return (
    <div className="layouts-window" style={{ maxHeight: height }} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <ul
        className="layouts-window-list"
        aria-label={label}
        style={{ paddingTop: first * rowHeight, paddingBottom: (items.length - last) * rowHeight }}
      >
        {items.slice(first, last).map((item, offset) => (
          <li key={itemKey(item)} style={{ height: rowHeight }} aria-setsize={items.length} aria-posinset={first + offset + 1}>
            {renderItem(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
