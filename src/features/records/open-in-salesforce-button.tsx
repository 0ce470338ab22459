import type { OpenUrl } from '../../ui';
import './records.css';

interface OpenInSalesforceButtonProps {
  recordName: string;
  url: string;
  onOpenUrl: OpenUrl;
}

/** An icon button: the card header has little room, so the record's name lives in the accessible name. */
export function OpenInSalesforceButton({ recordName, url, onOpenUrl }: OpenInSalesforceButtonProps) {
  return (
    <button
      type="button"
      className="records-icon-button"
      aria-label={`Open ${recordName} in Salesforce`}
      title="Open in Salesforce"
      onClick={() => onOpenUrl(url)}
    >
      <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M9 2.75h4.25V7M13 3 7.5 8.5M11.5 9.5v3.25a.5.5 0 0 1-.5.5H3.25a.5.5 0 0 1-.5-.5V5a.5.5 0 0 1 .5-.5H6.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
