import { useId } from 'react';
import type { DescribeMap } from './describe-queries';
import { PersonChooser } from './person-chooser';
import { personSummary } from './person-summary';
import type { BaseMatch } from './sender-panel';
import '../../ui/ui.css';
import './matching.css';

export interface BaseAddressPromptProps {
  readonly match: BaseMatch;
  /** The sender's own, tagged address, which nobody in Salesforce uses. */
  readonly handle: string;
  readonly describes: DescribeMap;
  readonly onConfirm: (id: string) => void;
  readonly onDecline: () => void;
}

/**
 * Nobody uses the sender's tagged address but someone uses it without the tag: most likely the same person,
 * so the agent is asked before being offered to create a second one.
 */
export function BaseAddressPrompt({ match, handle, describes, onConfirm, onDecline }: BaseAddressPromptProps) {
  const headingId = useId();
  const unknown = `Nobody in Salesforce uses ${handle}.`;
  const [only] = match.people;
  if (!only || match.people.length > 1) {
    return (
      <PersonChooser
        people={match.people}
        describes={describes}
        onChoose={onConfirm}
        title={`Is this one of the ${match.people.length} people using ${match.address}?`}
        hint={`${unknown} Choose who this is; the panel remembers it.`}
      >
        <div className="matching-prompt-actions">
          <button type="button" className="ui-button" onClick={onDecline}>
            No, none of them
          </button>
        </div>
      </PersonChooser>
    );
  }
  const summary = personSummary(only, describes);
  const details = [summary.objectLabel, summary.title, summary.accountName].filter(Boolean).join(' · ');
  return (
    <section className="matching-chooser" aria-labelledby={headingId}>
      <h2 id={headingId} className="matching-chooser-title">
        Is this {summary.name}, {match.address}?
      </h2>
      <p className="matching-prompt-details">{details}</p>
      <p className="matching-chooser-hint">{unknown}</p>
      <div className="matching-prompt-actions">
        <button type="button" className="ui-button ui-button-primary" onClick={() => onConfirm(summary.id)}>
          Yes, show {summary.name}
        </button>
        <button type="button" className="ui-button" onClick={onDecline}>
          No, someone else
        </button>
      </div>
    </section>
  );
}

/** Under the no-match options once the agent declined: their answer is remembered, so it must be undoable. */
export function AskAgainButton({ address, onClick }: { readonly address: string; readonly onClick: () => void }) {
  return (
    <button type="button" className="matching-link-button" onClick={onClick}>
      Show who uses {address}
    </button>
  );
}
