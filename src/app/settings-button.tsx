/** The gear in the header: field settings and the Salesforce connection. */
export function SettingsButton({ onClick, pressed }: { onClick: () => void; pressed: boolean }) {
  return (
    <button type="button" className="app-icon-button" aria-label="Settings" aria-pressed={pressed} title="Settings" onClick={onClick}>
      <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4">
        <circle cx="8" cy="8" r="2.2" />
        <path d="M8 1.5v1.8M8 12.7v1.8M1.5 8h1.8M12.7 8h1.8M3.4 3.4l1.3 1.3M11.3 11.3l1.3 1.3M3.4 12.6l1.3-1.3M11.3 4.7l1.3-1.3" strokeLinecap="round" />
      </svg>
    </button>
  );
}
