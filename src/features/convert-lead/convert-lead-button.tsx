import './convert-lead.css';

export interface ConvertLeadButtonProps {
  /** Named in the accessible name, so "Convert" is unambiguous next to other people's cards. */
  leadName: string;
  onClick: () => void;
}

/** The Lead card's action that opens the convert screen. */
export function ConvertLeadButton({ leadName, onClick }: ConvertLeadButtonProps) {
  return (
    <button type="button" className="ui-button convert-lead-button" aria-label={`Convert ${leadName}`} onClick={onClick}>
      Convert
    </button>
  );
}
