import './log-email.css';

export interface LogEmailButtonProps {
  /** The card's record, so each card's button has its own accessible name. */
  recordName: string;
  onClick: () => void;
}

/** The card action that opens the log email screen; the app shows it where canLogEmailTo says so. */
export function LogEmailButton({ recordName, onClick }: LogEmailButtonProps) {
  return (
    <button type="button" className="ui-button log-email-button" aria-label={`Log email to ${recordName}`} onClick={onClick}>
      Log email
    </button>
  );
}
