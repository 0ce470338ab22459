import './records.css';
import './panel-states.css';

export interface NoMatchProps {
  /** The sender's email address or phone number, as Front gave it. */
  handle: string;
  /** An Account matched the sender's email domain (and is shown below), so only a person is missing. */
  accountFound?: boolean;
  onCreateContact: () => void;
  onCreateLead: () => void;
  /** Offered when the sender's company could be created as an Account (none matched their domain). */
  onCreateAccount?: () => void;
}

/** Nobody in Salesforce for this sender: say so, and offer to create them either way. */
export function NoMatch({ handle, accountFound = false, onCreateContact, onCreateLead, onCreateAccount }: NoMatchProps) {
  return (
    <div className="records-empty">
      <p className="records-empty-title">
        {accountFound ? `No Contact or Lead for ${handle}` : `No Salesforce record for ${handle}`}
      </p>
      {accountFound && <p className="records-empty-hint">Their email domain matches the account below.</p>}
      <div className="records-empty-actions">
        <button type="button" className="records-button records-button-primary" onClick={onCreateContact}>
          Create Contact
        </button>
        <button type="button" className="records-button" onClick={onCreateLead}>
          Create Lead
        </button>
        {onCreateAccount && (
          <button type="button" className="records-button" onClick={onCreateAccount}>
            Create Account
          </button>
        )}
      </div>
    </div>
  );
}
