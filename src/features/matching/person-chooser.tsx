import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { DescribeMap } from './describe-queries';
import { personSummary } from './person-summary';
import type { RecordBundle } from './sender-panel';
import './matching.css';

export interface PersonChooserProps {
  readonly people: readonly RecordBundle[];
  readonly describes: DescribeMap;
  readonly onChoose: (id: string) => void;
  /** The shared email or number, for the heading "3 people use …". */
  readonly handle?: string;
  /** Instead of the heading and hint that say several people share the handle. */
  readonly title?: string;
  readonly hint?: string;
  /** After the list: another answer than one of these people. */
  readonly children?: ReactNode;
}

const NEXT: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** Several people share the sender's handle: the agent picks who wrote. */
export function PersonChooser({ people, describes, onChoose, handle, title, hint, children }: PersonChooserProps) {
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);

  // Arrow keys move between the options, as in a radio group; Tab still reaches each one.
  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = NEXT[event.key];
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (step === undefined || index < 0) return;
    event.preventDefault();
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  };

  return (
    <section className="matching-chooser" aria-labelledby={headingId}>
      <h2 id={headingId} className="matching-chooser-title">
        {title ?? (handle ? `${people.length} people use ${handle}` : `${people.length} people match this sender`)}
      </h2>
      <p className="matching-chooser-hint">{hint ?? 'Choose who this is; the panel remembers it.'}</p>
      <ul ref={list} className="matching-chooser-list" onKeyDown={moveFocus}>
        {people.map((person) => {
          const summary = personSummary(person, describes);
          const details = [summary.title, summary.accountName].filter(Boolean).join(' · ');
          return (
            <li key={summary.id}>
              <button type="button" className="matching-chooser-option" onClick={() => onChoose(summary.id)}>
                <span className="matching-chooser-name">{summary.name}</span>
                <span className="matching-chooser-object">{summary.objectLabel}</span>
                {details && <span className="matching-chooser-details">{details}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {children}
    </section>
  );
}

/** On the chosen person's card: re-opens the chooser. */
export function ChooseAnotherPersonButton({ onClick }: { readonly onClick: () => void }) {
  return (
    <button type="button" className="matching-link-button" onClick={onClick}>
      Not this person? Choose another
    </button>
  );
}
