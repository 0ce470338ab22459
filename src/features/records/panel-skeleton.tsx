import './records.css';
import './panel-states.css';

const PLACEHOLDER_CARDS = [4, 3] as const;

/** Grey stand-ins shaped like the cards to come, so the panel doesn't jump when they arrive. */
export function PanelSkeleton() {
  return (
    <div className="records-skeleton" role="status" aria-busy="true" aria-label="Loading Salesforce records">
      <span className="records-visually-hidden">Loading Salesforce records</span>
      {PLACEHOLDER_CARDS.map((rows, card) => (
        <div className="records-card records-skeleton-card" aria-hidden="true" key={card}>
          <div className="records-skeleton-line records-skeleton-caption" />
          <div className="records-skeleton-line records-skeleton-title" />
          {Array.from({ length: rows }, (_, row) => (
            <div className="records-skeleton-line" key={row} />
          ))}
        </div>
      ))}
    </div>
  );
}
